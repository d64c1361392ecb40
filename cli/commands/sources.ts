import type { Command } from 'commander';
import { withContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { printJson, table, truncate } from '../format.ts';

/** Runs shown in the health history. */
const HISTORY_RUNS = 30;
/** One letter per run outcome in the sources table. */
const MARKS: Record<string, string> = { ok: '.', degraded: 'd', blocked: 'B', down: 'X', moved: 'M', running: '~' };

/** The history as one letter per run, oldest first (runs come newest first). */
function historyMarks(outcomes: (string | null)[]): string {
  return [...outcomes]
    .reverse()
    .map((o) => (o ? (MARKS[o] ?? '?') : '?'))
    .join('');
}

export function register(program: Command) {
  const sources = program
    .command('sources')
    .description('list sources (built-in and from the config) with their health; "sources test ID" debugs one, "sources doctor ID" repairs its selectors')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      `
Health: ok | alarm (zero items, items without dates, a selector matching nothing)
| blocked (anti-bot wall) | down (unreachable) | never (not crawled yet).
Runs (the last ${HISTORY_RUNS}, oldest first): ${Object.entries(MARKS)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}
(degraded: selectors no longer match, structure detection stood in; moved: list
page gone or redirected, or no list found). "sources history ID" says why.

Examples:
  policy-radar sources
  policy-radar sources test mofcom-zcfb
  policy-radar sources test mofcom-zcfb --url /zcfb/zcfbgfxwj/art/2024/art_0123.html --json
  policy-radar sources doctor mofcom-zcfb
  policy-radar sources history mofcom-zcfb`,
    )
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withContext(cmd, async (ctx) => {
        const { loadSources } = await import('../../crawler/registry.ts');
        const all = loadSources({ config: ctx.config });
        const store = await ctx.store();
        const health = new Map((await store.listSources()).map((r) => [r.id, r]));
        const runs = new Map(await Promise.all(all.map(async (s) => [s.id, await store.listRuns({ sourceId: s.id, limit: HISTORY_RUNS })] as const)));
        const rows = all.map((s) => {
          const h = health.get(s.id);
          const history = (runs.get(s.id) ?? []).map((r) => ({
            startedAt: r.startedAt,
            outcome: r.outcome ?? (r.finishedAt ? null : 'running'),
            reason: r.reason ?? null,
          }));
          return {
            id: s.id,
            name: s.name,
            origin: s.origin,
            enabled: s.enabled,
            baseUrl: s.baseUrl,
            browser: !!s.browser,
            status: h?.status ?? 'never',
            lastRunAt: h?.lastRunAt ?? null,
            lastSuccessAt: h?.lastSuccessAt ?? null,
            itemsSeen: h?.itemsSeen ?? 0,
            notices: h?.noticeCount ?? null,
            consecutiveFailures: h?.consecutiveFailures ?? 0,
            lastError: h?.lastError ?? null,
            alarms: h?.alarms ?? [],
            history,
          };
        });
        if (opts.json) {
          printJson(rows);
          return;
        }
        if (!rows.length) {
          process.stdout.write('no sources defined\n');
          return;
        }
        process.stdout.write(
          table(
            rows.map((r) => [
              r.id,
              truncate(r.name, 24),
              r.enabled ? 'yes' : 'no',
              r.status,
              r.lastRunAt ? r.lastRunAt.toISOString().slice(0, 16).replace('T', ' ') : '-',
              String(r.itemsSeen),
              r.notices === null ? '-' : String(r.notices),
              historyMarks(r.history.map((x) => x.outcome)) || '-',
              truncate(r.alarms.join('; ') || r.lastError || '', 60),
            ]),
            ['id', 'name', 'on', 'health', 'last run (UTC)', 'items', 'notices', 'runs (old→new)', 'alarms / last error'],
          ),
        );
      });
    });

  sources
    .command('history')
    .description(`a source's last crawl runs (default ${HISTORY_RUNS}): ok, degraded, blocked, down or moved, and why`)
    .argument('<id>', 'source id')
    .option('--limit <n>', 'runs to show', String(HISTORY_RUNS))
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      `
Outcomes: ok; degraded (the source's selectors no longer match, structure
detection stood in: see "sources doctor"); blocked (anti-bot wall, 403/405/
412/521); down (connection refused, timeouts, 5xx); moved (list page 404/410
or redirected, or no list found on it).

Examples:
  policy-radar sources history gov-zuixin
  policy-radar sources history gacc-announcements --limit 5 --json`,
    )
    .action(async (id: string, opts: { limit: string; json?: boolean }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UserError(`--limit must be a whole number from 1 to 1000 (got "${opts.limit}")`);
      const g = cmd.optsWithGlobals() as { json?: boolean };
      const json = opts.json || g.json;
      await withContext(cmd, async (ctx) => {
        const { loadSources } = await import('../../crawler/registry.ts');
        if (!loadSources({ config: ctx.config }).some((s) => s.id === id)) throw new UserError(`unknown source "${id}" (see: policy-radar sources)`);
        const store = await ctx.store();
        const runs = await store.listRuns({ sourceId: id, limit });
        const rows = runs.map((r) => ({
          startedAt: r.startedAt,
          finishedAt: r.finishedAt,
          outcome: r.outcome ?? (r.finishedAt ? null : 'running'),
          reason: r.reason ?? null,
          status: r.status,
          pages: r.pages,
          new: r.newCount,
          changed: r.changedCount,
          removed: r.removedCount,
        }));
        if (json) {
          printJson(rows);
          return;
        }
        if (!rows.length) {
          process.stdout.write(`${id}: no runs yet\n`);
          return;
        }
        process.stdout.write(
          table(
            rows.map((r) => [
              r.startedAt.toISOString().slice(0, 16).replace('T', ' '),
              r.outcome ?? '-',
              String(r.pages),
              String(r.new),
              String(r.changed),
              truncate(r.reason ?? '', 90),
            ]),
            ['started (UTC)', 'outcome', 'pages', 'new', 'changed', 'why'],
          ),
        );
      });
    });

  sources
    .command('doctor')
    .description('propose new selectors for a source whose site was redesigned, from the structure of its pages, and check them')
    .argument('<id>', 'source id')
    .option('--url <url>', 'the detail page to look at (default: the first notice on the list)')
    .option('--list-file <file>', 'read the list page from this saved HTML file instead of fetching it')
    .option('--detail-file <file>', 'read the detail page from this saved HTML file instead of fetching it')
    .option('--live', 'fetch the pages now, even when the last degraded crawl kept the pages it saw')
    .option('--json', 'print the result as JSON (its "patch" merges into a JSON source definition)')
    .addHelpText(
      'after',
      `
Looks at the pages the last degraded crawl saw (a crawl keeps the list and
notice page where structure detection stood in), else at the first list page
and one notice as the site serves them now (--live: always now; or as saved
with --list-file / --detail-file), finds what the source's selectors
no longer match, and proposes replacements detected from the page structure:
the list row, title link and date; the detail body, heading, metadata table
and attachment links; a browser source's waitFor. It then extracts again with
them, structure detection off, and says whether they work. Selectors that
still match are left alone. Exit status 0 when the proposal works (or nothing
is broken), 1 when it does not.

Examples:
  policy-radar sources doctor mof-gss
  policy-radar sources doctor gov-zuixin --url /zhengce/content/202404/content_6946567.htm
  policy-radar sources doctor zj-commerce --list-file list.html --detail-file notice.html --json`,
    )
    .action(async (id: string, opts: { url?: string; listFile?: string; detailFile?: string; live?: boolean; json?: boolean }, cmd: Command) => {
      const { readConfig, resolveDatabaseUrl } = await import('../config-file.ts');
      const g = cmd.optsWithGlobals() as { config?: string; db?: string; json?: boolean };
      opts.json ||= g.json;
      const { config } = await readConfig(g.config);
      const { loadSources } = await import('../../crawler/registry.ts');
      const { doctorSource, patchSnippet } = await import('../../crawler/doctor.ts');
      const { crawlOptionsFrom } = await import('./crawl.ts');
      const { readFileSync } = await import('node:fs');
      const src = loadSources({ config }).find((s) => s.id === id);
      if (!src) throw new UserError(`unknown source "${id}" (see: policy-radar sources)`);
      const read = (f: string | undefined) => {
        if (f === undefined) return undefined;
        try {
          return readFileSync(f, 'utf8');
        } catch (e) {
          throw new UserError(`cannot read ${f}: ${(e as Error).message}`);
        }
      };
      const base = crawlOptionsFrom(config);
      const kept = opts.live || opts.url ? [] : await keptPages(resolveDatabaseUrl(g.db, config), id);
      const keptList = opts.listFile === undefined ? kept.find((p) => p.kind === 'list') : undefined;
      const keptDetail = opts.detailFile === undefined ? kept.find((p) => p.kind === 'detail') : undefined;
      const r = await doctorSource(src, {
        ...Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)),
        listHtml: read(opts.listFile) ?? keptList?.html,
        listUrl: keptList?.url,
        detailHtml: read(opts.detailFile) ?? keptDetail?.html,
        detailUrl: opts.url ?? keptDetail?.url,
      });
      const from = [keptList, keptDetail].filter((p) => !!p).map((p) => ({ kind: p.kind, url: p.url, runId: p.runId, seenAt: p.seenAt.toISOString() }));
      if (opts.json) printJson({ ...r, keptPages: from });
      else {
        const o = process.stdout;
        for (const p of from) o.write(`using the ${p.kind} page the crawl saw at ${p.seenAt} (run #${p.runId}); --live fetches it now\n`);
        o.write(`source ${r.sourceId}\n  list   ${r.listUrl ?? '-'}\n  detail ${r.detailUrl ?? '-'}\n\n`);
        o.write(r.notes.length ? `${r.notes.map((n) => `- ${n}`).join('\n')}\n\n` : "the source's selectors still match these pages\n\n");
        const c = r.check;
        if (c.listItemsBefore !== null) o.write(`list items: ${c.listItemsBefore} with the current selectors, ${c.listItemsAfter} with the proposal\n`);
        if (c.bodyFoundBefore !== null)
          o.write(`detail body found: ${c.bodyFoundBefore ? 'yes' : 'no'} with the current selectors, ${c.bodyFoundAfter ? 'yes' : 'no'} with the proposal\n`);
        if (c.items.length) o.write(table(c.items.map((i) => [i.date ?? '(no date)', truncate(i.title, 50), i.url])));
        if (c.detail)
          o.write(
            `detail: "${truncate(c.detail.title, 60)}", published ${c.detail.publishedAt ?? '-'}, no. ${c.detail.docNumber ?? '-'}, ${c.detail.textLength} chars, ${c.detail.attachments} attachments\n`,
          );
        if (Object.keys(r.patch).length) o.write(`\n${patchSnippet(r.sourceId, r.patch)}`);
        o.write(
          r.problems.length
            ? `\nPROBLEMS:\n${r.problems.map((p) => `  - ${p}`).join('\n')}\n`
            : r.verified
              ? '\nverified: extraction works with these selectors\n'
              : '',
        );
      }
      if (r.problems.length || (!r.verified && Object.keys(r.patch).length)) process.exitCode = 1;
    });

  sources
    .command('test')
    .description('fetch and extract one source without writing anything (debug selectors)')
    .argument('<id>', 'source id')
    .option('--url <url>', 'a detail page to extract (absolute, or relative to the source base URL)')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { url?: string; json?: boolean }, cmd: Command) => {
      const { readConfig } = await import('../config-file.ts');
      // "--json" may be taken by the parent "sources" command: read it from either
      const g = cmd.optsWithGlobals() as { config?: string; json?: boolean };
      opts.json ||= g.json;
      const { config } = await readConfig(g.config);
      const { loadSources } = await import('../../crawler/registry.ts');
      const { probeSource } = await import('../../crawler/probe.ts');
      const { crawlOptionsFrom } = await import('./crawl.ts');
      const src = loadSources({ config }).find((s) => s.id === id);
      if (!src) throw new UserError(`unknown source "${id}" (see: policy-radar sources)`);
      const base = crawlOptionsFrom(config);
      const r = await probeSource(src, { ...Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)), url: opts.url });
      if (opts.json) {
        printJson(r);
      } else {
        const o = process.stdout;
        o.write(`source ${r.sourceId} (${src.baseUrl}) in ${r.ms} ms\n`);
        if (r.listUrl) {
          o.write(`\nlist ${r.listUrl}: HTTP ${r.listStatus ?? '-'}, ${r.listRowsMatched} rows, ${r.items.length} items\n`);
          if (r.items.length) o.write(table(r.items.slice(0, 10).map((i) => [i.date ?? '(no date)', truncate(i.title, 50), i.url])));
        }
        if (r.detail) {
          const d = r.detail;
          o.write(`\ndetail ${r.detailUrl}\n`);
          for (const [k, v] of [
            ['title', d.title],
            ['document no.', d.docNumber],
            ['agency', d.agency],
            ['published', d.publishedAt],
            ['effective', d.effectiveAt],
            ['body found', String(d.bodyFound)],
            ['attachments', d.attachments.map((a) => `${a.name} <${a.url}>`).join(', ')],
          ] as const)
            o.write(`  ${k.padEnd(13)} ${v ?? '-'}\n`);
          o.write(`\n${d.text.slice(0, 800)}\n`);
        }
        o.write(r.problems.length ? `\nPROBLEMS:\n${r.problems.map((p) => `  - ${p}`).join('\n')}\n` : '\nno problems found\n');
      }
      if (r.problems.length) process.exitCode = 1;
    });
}

/** The pages the last degraded crawl of a source kept; none when there is no database yet (the doctor never creates one). */
async function keptPages(dbUrl: string, sourceId: string) {
  const { isPostgresUrl, openStore } = await import('../../db/index.ts');
  if (!isPostgresUrl(dbUrl)) {
    const { existsSync } = await import('node:fs');
    if (!existsSync(dbUrl)) return [];
  }
  const store = await openStore(dbUrl);
  try {
    return await store.getSourcePages(sourceId);
  } finally {
    await store.close();
  }
}
