import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../db/types.ts';
import type { MailSettings } from '../newsletter/digest.ts';
import type { Period } from '../newsletter/period.ts';
import { pad } from './format.ts';

/** The demo's customs broker and its three clients, as a broker's spreadsheet would list them. */
export const DEMO_BROKER = { name: '深圳通关报关行', email: 'desk@sz-broker.example.cn' };
const DEMO_CLIENTS_CSV = `客户名称,HS编码,市场,所在地,联系邮箱,主题,直接发送
深圳光明灯饰有限公司,9405;8541,欧盟,广东省 深圳市,led@example.cn,standards;tariffs,否
宁波森林家具有限公司,9403;9401,美国,浙江省 宁波市,furniture@example.cn,tariffs;trade-remedies,否
青岛海之味水产有限公司,0303;0306;0307,日本、韩国,山东省 青岛市,sea@example.cn,customs,是
`;

export interface DemoBrokerResult {
  broker: string;
  clientsCsv: string;
  digests: { client: string; file: string }[];
  sheets: { client: string; html: string; pdf: string | null }[];
}

/**
 * Adds the demo broker, imports its clients from a CSV written into the demo folder,
 * and writes each client's digest (to forward) and policy sheet (HTML, and PDF when
 * Chromium is there: one launch for the three).
 */
export async function runDemoBroker(
  store: Store,
  o: { dir: string; period: Period; settings: MailSettings; chromiumPath: string | null; say: (s: string) => void },
): Promise<DemoBrokerResult> {
  const { parseClientsCsv } = await import('../newsletter/brokers/csv.ts');
  const { hashBrokerToken, newBrokerToken } = await import('../newsletter/brokers/token.ts');
  const { loadWindow, runBrokerDigests, writePolicySheets } = await import('../newsletter/brokers/run.ts');
  const { createOutboxMailer } = await import('../newsletter/mailer.ts');
  const root = join(o.dir, 'brokers');
  mkdirSync(root, { recursive: true });
  const csv = join(root, 'clients.csv');
  // with a BOM, as Excel writes "CSV UTF-8"
  writeFileSync(csv, `\ufeff${DEMO_CLIENTS_CSV}`);
  const broker =
    (await store.brokers.getByName(DEMO_BROKER.name)) ?? (await store.brokers.add({ ...DEMO_BROKER, tokenHash: hashBrokerToken(newBrokerToken()) }));
  const parsed = parseClientsCsv(readFileSync(csv));
  if (parsed.errors.length) throw new Error(`demo clients.csv: ${parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  await store.brokers.upsertClients(
    broker.id,
    parsed.clients.map(({ line: _line, ...c }) => c),
  );
  for (const c of parsed.clients)
    o.say(`      ${pad(c.name, 26)} HS ${c.profile.hs.join(',')} → ${c.profile.regions.join(',')}${c.sendDirect ? ' (sent direct)' : ''}\n`);
  const outDir = join(root, o.period.id);
  // a preview: the direct client's digest is written beside the others, nothing is mailed
  const direct = await createOutboxMailer(outDir);
  const digests = await runBrokerDigests({ ...o.settings, store, broker, period: o.period, outDir, mailer: direct, record: false, sendEmpty: true });
  const sheets = await writePolicySheets({
    store,
    broker,
    week: await loadWindow(store, o.period, 4),
    outDir: join(root, 'sheets'),
    publicUrl: o.settings.publicUrl,
    pdf: o.chromiumPath ? { executablePath: o.chromiumPath } : undefined,
  });
  return { broker: broker.name, clientsCsv: csv, digests: digests.files, sheets: sheets.map((s) => ({ client: s.client, html: s.html, pdf: s.pdf })) };
}
