import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/types.ts';
import { BACKENDS, freshStore } from '../helpers/stores.ts';

describe.each(BACKENDS)('pages kept from degraded crawls (%s)', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(backend));
  });
  afterAll(async () => cleanup?.());

  it('keeps one list and one detail page per source, the newest replacing the last', async () => {
    expect(await store.getSourcePages('zj-commerce')).toEqual([]);
    const t1 = new Date('2026-12-01T01:00:00Z');
    await store.putSourcePage({ sourceId: 'zj-commerce', kind: 'list', url: 'https://a/1', html: '<ul>一</ul>', runId: 1, seenAt: t1 });
    await store.putSourcePage({ sourceId: 'zj-commerce', kind: 'detail', url: 'https://a/d1', html: '<p>正文</p>', runId: 1, seenAt: t1 });
    await store.putSourcePage({ sourceId: 'mof-gss', kind: 'list', url: 'https://b/1', html: '<ul/>', runId: 2, seenAt: t1 });
    const t2 = new Date('2026-12-02T01:00:00Z');
    await store.putSourcePage({ sourceId: 'zj-commerce', kind: 'list', url: 'https://a/2', html: '<ul>二</ul>', runId: 3, seenAt: t2 });
    const pages = await store.getSourcePages('zj-commerce');
    expect(pages.map((p) => [p.kind, p.url, p.html, p.runId, p.seenAt.toISOString()])).toEqual([
      ['detail', 'https://a/d1', '<p>正文</p>', 1, t1.toISOString()],
      ['list', 'https://a/2', '<ul>二</ul>', 3, t2.toISOString()],
    ]);
    expect((await store.getSourcePages('mof-gss')).map((p) => p.url)).toEqual(['https://b/1']);
  });
});
