/**
 * Browser-extension figures: page matching time (1 MB text, 10,000-notice index),
 * content-script bundle size and the index payload size.
 * Targets: matching <= 50 ms, content script <= 100 KB minified, index <= 1.5 MB gzipped.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeIndex } from '../extension/utils/index-format.ts';
import { termsFromMatches } from '../extension/utils/page-terms.ts';
import { buildNoticeIndex, rankNotices } from '../extension/utils/relevance.ts';
import { encodeIndex, packIndex } from '../server/plugins/extension-index.ts';
import { blocsOf, expandRegion, headings, matchText, REGIONS, TOPICS } from '../taxonomy/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const N = 10_000;

// deterministic pseudo-random
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];

const codes = headings().map((h) => h.code);
const regions = REGIONS.map((r) => r.id);
const topics = TOPICS.map((t) => t.id);
const agencies = [
  '商务部',
  '海关总署',
  '财政部 税务总局',
  '国务院关税税则委员会',
  'USTR',
  'European Commission',
  'U.S. Customs and Border Protection',
  'Department for Business and Trade',
  '深圳市商务局',
];
const zhTitles = [
  '关于调整部分商品进出口关税的公告',
  '关于公布出口退税率调整的通知',
  '关于对原产于有关国家的进口产品反倾销调查的公告',
  '关于进一步优化跨境贸易营商环境的若干措施',
  '关于实施出口管制的公告',
  '关于发布进出口许可证管理目录的公告',
];
const enTitles = [
  'Notice of action on imports under Section 301',
  'Regulation imposing a definitive anti-dumping duty on imports',
  'Export controls on certain items: interim final rule',
  'Guidance on rules of origin under the free trade agreement',
  'Changes to tariff-rate quotas for the coming year',
];

const now = Date.now();
const notices = Array.from({ length: N }, (_, i) => {
  const zh = rnd() < 0.6;
  const date = new Date(now - Math.floor(rnd() * 365) * 86_400_000);
  const base = zh ? pick(zhTitles) : pick(enTitles);
  return {
    id: 100_000 + i,
    title: `${base}${zh ? `（${date.getFullYear()}年第${(i % 180) + 1}号）` : ` (${date.getFullYear()}-${(i % 180) + 1})`}`,
    agency: pick(agencies),
    publishedAt: date.toISOString().slice(0, 10),
    url: zh
      ? `https://www.mofcom.gov.cn/zcfb/zcblgg/art/${date.getFullYear()}/art_${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}${i.toString(16).padStart(24, '0')}.html`
      : `https://www.federalregister.gov/documents/${date.toISOString().slice(0, 10).replace(/-/g, '/')}/${date.getFullYear()}-${String(10000 + i)}/notice`,
    topics: Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(topics)),
    hsCodes: Array.from({ length: Math.floor(rnd() * 4) }, () => (rnd() < 0.3 ? pick(codes) + String(Math.floor(rnd() * 90) + 10) : pick(codes))),
    regions: Array.from({ length: Math.floor(rnd() * 3) }, () => pick(regions)),
    lastChangedAt: date,
  };
});

// --- index payload
const built = packIndex(encodeIndex(notices), notices.length);
const rawKB = Buffer.byteLength(built.json) / 1024;
const gzKB = built.gzip.length / 1024;

// --- 1 MB of marketplace text: listings amid ordinary prose, in Chinese and English
const prose =
  'quality supplier factory price minimum order quantity packaging customization sample available wholesale delivery warranty inspection payment terms 优质 供应商 工厂 价格 起订量 包装 定制 样品 现货 批发 交货 售后 付款方式'.split(
    ' ',
  );
const listings = [
  '18W LED ceiling lamp, HS 9405.40, CE certified, main markets Germany and the European Union',
  '锂电池 48V 储能电池组 出口美国 HS 8507.60',
  'Solar panels 450W monocrystalline photovoltaic modules for Brazil',
  '不锈钢保温杯 出口日本 韩国',
  'Cotton T-shirts OEM, export to the United Kingdom, tariffs and anti-dumping information',
];
let text = '';
for (let i = 0; text.length < 1_000_000; i++) text += i % 60 === 59 ? pick(listings) + '. ' : pick(prose) + (i % 11 === 0 ? '. ' : ' ');

const tools = { expandRegion, blocsOf };
function matchPage() {
  const t0 = performance.now();
  const { terms } = termsFromMatches(matchText(text));
  const t1 = performance.now();
  const r = rankNotices(index, terms, { regionTools: tools, homeRegions: ['CN'], limit: 50 });
  const t2 = performance.now();
  return { match: t1 - t0, rank: t2 - t1, total: t2 - t0, found: r.total };
}

const t0 = performance.now();
const decoded = decodeIndex(JSON.parse(built.json));
const index = buildNoticeIndex(decoded.notices);
const indexMs = performance.now() - t0;

const cold = matchPage();
const runs = Array.from({ length: 11 }, matchPage);
const med = (k: 'match' | 'rank' | 'total') => runs.map((r) => r[k]).sort((a, b) => a - b)[5];

// --- content script bundle (production build)
execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', join(ROOT, 'extension')], { cwd: ROOT, stdio: 'pipe' });
const cs = join(ROOT, 'extension/.output/chrome-mv3/content-scripts/content.js');
const csKB = statSync(cs).size / 1024;
const csGzKB = gzipSync(readFileSync(cs)).length / 1024;

const f = (x: number) => x.toFixed(1);
const ok = (v: number, limit: number) => (v <= limit ? 'ok' : 'OVER');
console.log(`Policy Radar extension bench (${N.toLocaleString('en')} notices, ${(text.length / 1e6).toFixed(2)} M chars of page text)`);
console.log(
  `  matching, warm median : ${f(med('total'))} ms  (matchText ${f(med('match'))} ms + rank ${f(med('rank'))} ms; ${runs[0].found} notices relevant)  target <= 50 ms: ${ok(med('total'), 50)}`,
);
console.log(`  matching, first page  : ${f(cold.total)} ms  (includes building the taxonomy automaton and JIT warm-up)`);
console.log(`  index decode + build  : ${f(indexMs)} ms  (once per index version, in the background)`);
console.log(`  content script        : ${f(csKB)} KB minified, ${f(csGzKB)} KB gzipped  target <= 100 KB: ${ok(csKB, 100)}`);
console.log(`  index payload         : ${f(rawKB)} KB JSON, ${f(gzKB)} KB gzipped  target <= 1536 KB: ${ok(gzKB, 1536)}`);
