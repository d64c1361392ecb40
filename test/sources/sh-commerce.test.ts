import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, expectNotice, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;

describe('sh-commerce (Shanghai Commission of Commerce)', () => {
  beforeAll(async () => {
    h = await openHarness('sh-commerce');
  });
  afterAll(async () => h?.close());

  it('week1: uli14 rows, #ivs_content bodies, hex detail URLs', async () => {
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 4, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    expect(h.replicas.requests('sh-commerce').map((q) => q.path)).toContain('/zcfg/index_2.html');
    await expectNotice(
      h,
      {
        path: '/zcfg/20240612/5a1b2c3d4e5f60718293a4b5c6d7e8f9.html',
        title: '上海市商务委员会关于印发《上海市推进国际贸易中心建设促进外贸高质量发展若干措施》的通知',
        docNumber: '沪商规〔2024〕3号',
        agency: '上海市商务委员会',
        publishedAt: '2024-06-12',
        effectiveAt: '2024-07-15',
        contains: ['新型离岸国际贸易', '2027年7月14日'],
        notContains: ['浏览次数', '当前位置'],
      },
      expect,
    );
    await expectNotice(
      h,
      {
        path: '/zcfg/20240529/0f1e2d3c4b5a69788796a5b4c3d2e1f0.html',
        title: '上海市商务委员会关于组织申报2024年度进口贸易促进创新示范区的通知',
        docNumber: '沪商贸〔2024〕110号',
        agency: '上海市商务委员会',
        publishedAt: '2024-05-29',
        effectiveAt: null,
        contains: ['虹桥国际开放枢纽'],
        attachments: [{ name: '申报书模板.doc', type: 'doc', path: '/cmsres/0f/0f1e2d3c4b5a69788796a5b4c3d2e1f0/sbs.doc' }],
      },
      expect,
    );
  });

  it('week2: a bonded-maintenance notice added, the import-zone notice edited, the CIIE notice withdrawn', async () => {
    h.replicas.setState('week2');
    const r = await h.crawl();
    expect(counts(r)).toEqual({ new: 1, changed: 1, removed: 1, errors: {}, status: 'ok', health: 'ok' });
    expect((await h.latest('/zcfg/20240529/0f1e2d3c4b5a69788796a5b4c3d2e1f0.html')).text).toContain('临港新片区');
    expect((await h.notice('/zcfg/20240516/aaaabbbbccccddddeeeeffff00001111.html')).status).toBe('removed');
  });
});
