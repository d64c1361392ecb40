import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../crawler/fetch/http.ts';
import { DEFAULT_USER_AGENT, FetchError } from '../../crawler/fetch/types.ts';
import { gbk, type Replicas, startReplicas } from '../helpers/replica-server.ts';

const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${'正文内容。'.repeat(50)}</p></body></html>`;

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error('expected a FetchError');
}

describe('fetcher against fault-injecting replicas', () => {
  let rep: Replicas;
  let base: string;
  let robotsBase: string;
  const f = () => new Fetcher({ delayMs: 0, retries: 2, retryBaseMs: 20, timeoutMs: 1500 });

  beforeAll(async () => {
    rep = await startReplicas([
      {
        id: 'site',
        states: {
          s1: {
            '/ok.html': page('正常页面'),
            '/utf8-labelled-gbk.html': { body: page('错误的字符集声明'), headers: { 'content-type': 'text/html; charset=gbk' } },
            '/gbk-meta.html': gbk(
              `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关税</title></head><body><p>海关总署公告</p></body></html>`,
            ),
            '/gbk-header.html': { body: gbk('<html><body><p>财政部关税政策</p></body></html>'), headers: { 'content-type': 'text/html; charset=GB2312' } },
            '/gbk-sniff.html': gbk('<html><body><p>国务院关税税则委员会</p></body></html>'),
            '/r1': { status: 301, headers: { location: '/r2' }, body: '' },
            '/r2': { status: 302, headers: { location: '/ok.html' }, body: '' },
            '/file.pdf': Buffer.from('%PDF-1.4 test'),
            // script-only redirect pages (old MOFCOM articles that moved)
            '/js1.shtml': `<html><head><title></title></head><body><script type="text/javascript">window.location.href='/js2.shtml';</script></body></html>`,
            '/js2.shtml': `<html><body><script>location.replace("/r2")</script></body></html>`,
            '/js-loop-a.html': `<html><body><script>window.location.href='/js-loop-b.html';</script></body></html>`,
            '/js-loop-b.html': `<html><body><script>window.location.href='/js-loop-a.html';</script></body></html>`,
            '/js-content.html': `<html><body><h1>正文</h1><p>${'这是一个真实的页面，包含大量的可见文字。'.repeat(20)}</p><script>function go(){window.location.href='/ok.html'}</script></body></html>`,
          },
        },
      },
      {
        id: 'robots',
        states: { s1: { '/public.html': page('公开'), '/private/x.html': page('私有'), '/a.html': page('a'), '/b.html': page('b') } },
        robotsTxt: 'User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n',
      },
    ]);
    base = rep.baseUrl('site');
    robotsBase = rep.baseUrl('robots');
  });
  afterAll(() => rep?.close());

  it('fetches a page with an identifying User-Agent and decodes it', async () => {
    const r = await f().fetch({ url: `${base}/ok.html` });
    expect(r.status).toBe(200);
    expect(r.text).toContain('正常页面');
    expect(rep.requests('site').at(-1)?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
  });

  it('retries 5xx with backoff and succeeds', async () => {
    rep.fault('site', '/ok.html', { kind: 'status', status: 502, times: 2 });
    const r = await f().fetch({ url: `${base}/ok.html` });
    expect(r.attempts).toBe(3);
    expect(r.text).toContain('正常页面');
    rep.clearFaults();
  });

  it('gives up after the retry budget on persistent 5xx', async () => {
    rep.fault('site', '/ok.html', { kind: 'status', status: 500 });
    rep.clearRequests();
    const e = await failure(f().fetch({ url: `${base}/ok.html` }));
    expect(e.kind).toBe('server');
    expect(rep.requests('site').filter((q) => q.path === '/ok.html')).toHaveLength(3);
    rep.clearFaults();
  });

  it('honours Retry-After on 429', async () => {
    rep.fault('site', '/ok.html', { kind: 'retry-after', seconds: 1, times: 1 });
    const t0 = Date.now();
    const r = await f().fetch({ url: `${base}/ok.html` });
    expect(r.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    rep.clearFaults();
  });

  it('refuses a Retry-After longer than the limit', async () => {
    rep.fault('site', '/ok.html', { kind: 'retry-after', seconds: 3600 });
    const e = await failure(new Fetcher({ delayMs: 0, retries: 2, maxRetryAfterMs: 5000 }).fetch({ url: `${base}/ok.html` }));
    expect(e.kind).toBe('rate-limited');
    rep.clearFaults();
  });

  it('times out on a server that never answers', async () => {
    rep.fault('site', '/ok.html', { kind: 'timeout' });
    const t0 = Date.now();
    const e = await failure(new Fetcher({ delayMs: 0, retries: 0, timeoutMs: 300 }).fetch({ url: `${base}/ok.html` }));
    expect(e.kind).toBe('timeout');
    // not before its time (how soon after is bench material, not a test)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    rep.clearFaults();
  });

  it('detects a truncated body and retries', async () => {
    rep.fault('site', '/ok.html', { kind: 'truncate', bytes: 100 });
    const e = await failure(new Fetcher({ delayMs: 0, retries: 0 }).fetch({ url: `${base}/ok.html` }));
    expect(e.kind).toBe('truncated');
    rep.clearFaults();
    rep.fault('site', '/ok.html', { kind: 'truncate', bytes: 100, times: 1 });
    const r = await f().fetch({ url: `${base}/ok.html` });
    expect(r.attempts).toBe(2);
    expect(r.text).toContain('</html>');
    rep.clearFaults();
  });

  it('follows redirects, counts them and catches loops', async () => {
    const r = await f().fetch({ url: `${base}/r1` });
    expect(r.finalUrl).toBe(`${base}/ok.html`);
    expect(r.redirects).toHaveLength(2);
    rep.fault('site', '/loop.html', { kind: 'redirect-loop' });
    const e = await failure(f().fetch({ url: `${base}/loop.html` }));
    expect(e.kind).toBe('redirect-loop');
    const e2 = await failure(new Fetcher({ delayMs: 0, maxRedirects: 1 }).fetch({ url: `${base}/r1` }));
    expect(e2.kind).toBe('too-many-redirects');
    rep.clearFaults();
  });

  it('follows script-only redirect pages as redirects (counted, bounded, loops caught)', async () => {
    // js1 -(script)-> js2 -(location.replace)-> r2 -(302)-> ok.html
    const r = await f().fetch({ url: `${base}/js1.shtml` });
    expect(r.finalUrl).toBe(`${base}/ok.html`);
    expect(r.redirects).toEqual([`${base}/js2.shtml`, `${base}/r2`, `${base}/ok.html`]);
    expect(r.text).toContain('正常页面');
    expect(r.url).toBe(`${base}/js1.shtml`);
    const loop = await failure(f().fetch({ url: `${base}/js-loop-a.html` }));
    expect(loop.kind).toBe('redirect-loop');
    const bounded = await failure(new Fetcher({ delayMs: 0, maxRedirects: 2 }).fetch({ url: `${base}/js1.shtml` }));
    expect(bounded.kind).toBe('too-many-redirects');
    // a real page with a navigation script is content, not a redirect
    const content = await f().fetch({ url: `${base}/js-content.html` });
    expect([content.finalUrl, content.redirects]).toEqual([`${base}/js-content.html`, []]);
  });

  it('caps the body size', async () => {
    rep.fault('site', '/huge.html', { kind: 'huge', bytes: 3_000_000 });
    const e = await failure(new Fetcher({ delayMs: 0, maxBytes: 1_000_000 }).fetch({ url: `${base}/huge.html` }));
    expect(e.kind).toBe('too-large');
    rep.clearFaults();
  });

  it('records anti-bot answers as blocked, not down, and does not retry them', async () => {
    for (const status of [412, 405, 521]) {
      rep.fault('site', '/ok.html', { kind: 'status', status });
      rep.clearRequests();
      const e = await failure(f().fetch({ url: `${base}/ok.html` }));
      expect(e.kind).toBe('blocked');
      expect(e.status).toBe(status);
      expect(rep.requests('site').filter((q) => q.path === '/ok.html')).toHaveLength(1);
      rep.clearFaults();
    }
    // a 200 challenge page that only sets a cookie and reloads
    rep.fault('site', '/ok.html', { kind: 'anti-bot', status: 200 });
    const e = await failure(f().fetch({ url: `${base}/ok.html` }));
    expect(e.kind).toBe('blocked');
    rep.clearFaults();
  });

  it('decodes charsets: wrong header, GBK by meta, by header, by sniffing', async () => {
    expect((await f().fetch({ url: `${base}/utf8-labelled-gbk.html` })).text).toContain('错误的字符集声明');
    rep.fault('site', '/ok.html', { kind: 'charset', declare: 'iso-8859-1' });
    expect((await f().fetch({ url: `${base}/ok.html` })).text).toContain('正常页面');
    rep.clearFaults();
    const meta = await f().fetch({ url: `${base}/gbk-meta.html` });
    expect(meta.text).toContain('海关总署公告');
    expect(meta.charset).toBe('gb18030');
    expect((await f().fetch({ url: `${base}/gbk-header.html` })).text).toContain('财政部关税政策');
    expect((await f().fetch({ url: `${base}/gbk-sniff.html` })).text).toContain('国务院关税税则委员会');
  });

  it('uses conditional GET: a 304 carries the cached hash and no body', async () => {
    const fe = f();
    const first = await fe.fetch({ url: `${base}/ok.html` });
    expect(first.etag).toBeTruthy();
    const again = await fe.fetch({ url: `${base}/ok.html`, conditional: { etag: first.etag, lastModified: first.lastModified, bodyHash: first.bodyHash } });
    expect(again.notModified).toBe(true);
    expect(again.bytes).toBe(0);
    expect(again.bodyHash).toBe(first.bodyHash);
  });

  it('keeps binary bodies (attachments) undecoded and hashes them', async () => {
    const r = await f().fetch({ url: `${base}/file.pdf`, decode: false });
    expect(r.text).toBeUndefined();
    expect(r.bodyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports 404 as not-found', async () => {
    expect((await failure(f().fetch({ url: `${base}/missing.html` }))).kind).toBe('not-found');
  });

  it('obeys robots.txt Disallow and Crawl-delay', async () => {
    const fe = new Fetcher({ delayMs: 0 });
    const e = await failure(fe.fetch({ url: `${robotsBase}/private/x.html` }));
    expect(e.kind).toBe('robots');
    expect(rep.requests('robots').some((q) => q.path.startsWith('/private'))).toBe(false);
    const t0 = Date.now();
    await fe.fetch({ url: `${robotsBase}/a.html` });
    await fe.fetch({ url: `${robotsBase}/b.html` });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(rep.requests('robots').filter((q) => q.path === '/robots.txt')).toHaveLength(1);
  });

  it('spaces requests to one host by delayMs and runs one at a time', async () => {
    const fe = new Fetcher({ delayMs: 150, perHostConcurrency: 1 });
    rep.clearRequests();
    const t0 = Date.now();
    await Promise.all([1, 2, 3, 4].map(() => fe.fetch({ url: `${base}/ok.html` })));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(440);
  });

  it('reports network errors (connection reset) after retries', async () => {
    rep.fault('site', '/ok.html', { kind: 'reset' });
    const e = await failure(f().fetch({ url: `${base}/ok.html` }));
    expect(['network', 'truncated']).toContain(e.kind);
    rep.clearFaults();
  });
});
