/**
 * `policy-radar sources test`: fetch and extract like a crawl, write
 * nothing. Shows the first list page's items and the first (or a given)
 * detail page's fields, with the same health checks a run would apply.
 */
import { type DetailFields, detailFromItem, extractDetail } from './extract/detail.ts';
import { extractList, type ListItem } from './extract/list.ts';
import { canonicalUrl, rewriteToBase } from './extract/urls.ts';
import { Fetcher } from './fetch/http.ts';
import { type CrawlOptions, FetchError } from './fetch/types.ts';
import { type CrawlableSource, pageUrl, resolveSourceUrl } from './run.ts';

export interface ProbeResult {
  sourceId: string;
  listUrl: string | null;
  listStatus: number | null;
  listRowsMatched: number;
  items: ListItem[];
  detailUrl: string | null;
  detail: (Omit<DetailFields, 'html'> & { htmlLength: number }) | null;
  problems: string[];
  ms: number;
}

export async function probeSource(source: CrawlableSource, opts: Partial<CrawlOptions> & { url?: string } = {}): Promise<ProbeResult> {
  const t0 = Date.now();
  const fetcher = new Fetcher({ retries: 1, ...opts });
  const out: ProbeResult = {
    sourceId: source.id,
    listUrl: null,
    listStatus: null,
    listRowsMatched: 0,
    items: [],
    detailUrl: null,
    detail: null,
    problems: [],
    ms: 0,
  };
  const req = (url: string) => fetcher.fetch({ url, headers: source.headers, encoding: source.encoding, browser: source.browser, delayMs: opts.delayMs ?? 0 });
  try {
    let item: ListItem | undefined;
    if (!opts.url) {
      // date-windowed sources (newest window first): early in a month the newest window may be empty, so look at up to three
      const candidates = source.list.urls
        ? source.list
            .urls({ now: new Date(), baseUrl: source.baseUrl })
            .slice(0, 3)
            .map((u) => resolveSourceUrl(source, u))
        : [pageUrl(source, source.list.url, 0)].filter((u): u is string => !!u);
      for (const url of candidates) {
        out.listUrl = url;
        out.problems = [];
        try {
          const r = await req(url);
          out.listStatus = r.status;
          const page = extractList(r.text ?? '', r.finalUrl, source.list);
          out.listRowsMatched = page.matched;
          out.items = page.items.map((i) => ({ ...i, url: canonicalUrl(rewriteToBase(i.url, source.originalBaseUrl, source.baseUrl)) }));
          if (page.detected)
            out.problems.push(
              `list selector "${source.list.item ?? ''}" matched nothing; structure detection found ${page.detected.rows} rows at "${page.detected.item}" (see: policy-radar sources doctor ${source.id})`,
            );
          if (!page.items.length)
            out.problems.push(
              page.matched ? 'list rows matched but no item had a link' : `list selector "${source.list.item ?? source.list.itemsPath ?? ''}" matched nothing`,
            );
          else if (page.items.filter((i) => !i.date).length > page.items.length / 2 && !source.detail) out.problems.push('most items have no date');
          item = out.items[0];
        } catch (e) {
          out.problems.push(`list: ${describe(e)}`);
        }
        if (item) break;
      }
    }
    const detailUrl = opts.url ? resolveSourceUrl(source, opts.url) : item?.url;
    if (detailUrl) {
      out.detailUrl = detailUrl;
      try {
        let d: DetailFields;
        if (source.detail?.fromList && item) d = detailFromItem(item, { url: detailUrl, source });
        else {
          const r = await req(detailUrl);
          d = extractDetail(r.text ?? '', { url: r.finalUrl, source, item });
        }
        const { html, ...rest } = d;
        out.detail = { ...rest, text: rest.text.length > 2000 ? `${rest.text.slice(0, 2000)}…` : rest.text, htmlLength: html.length };
        if (!d.bodyFound)
          out.problems.push(
            `detail body selector "${String(source.detail?.body)}" matched nothing${d.bodyDetected ? `; structure detection took "${d.bodyDetected}" (see: policy-radar sources doctor ${source.id})` : ''}`,
          );
        if (!d.publishedAt) out.problems.push('no published date found');
        if (!d.title) out.problems.push('no title found');
      } catch (e) {
        out.problems.push(`detail: ${describe(e)}`);
      }
    }
  } finally {
    await fetcher.close();
  }
  out.ms = Date.now() - t0;
  return out;
}

function describe(e: unknown): string {
  return e instanceof FetchError ? `${e.kind}${e.status ? ` (HTTP ${e.status})` : ''}: ${e.message}` : (e as Error).message;
}
