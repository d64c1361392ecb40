/**
 * One document, two sources: MOFCOM and GACC both publish the joint
 * announcement 商务部 海关总署公告2024年第18号 under their own URLs. The
 * archive keeps one notice (the first source's, under its first URL);
 * numbers that do not name their issuer are never merged across sources.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '../../crawler/run.ts';
import type { SourceDef } from '../../crawler/source.ts';
import { openStore } from '../../db/index.ts';
import type { Store } from '../../db/types.ts';
import { type Replicas, startReplicas } from '../helpers/replica-server.ts';

const fast = { delayMs: 0, retries: 0, timeoutMs: 3000, classify: false };

const JOINT = '商务部 海关总署公告2024年第18号';
const JOINT_BODY = ['为维护国家安全和利益，根据《中华人民共和国出口管制法》，决定对部分锑相关物项实施出口管制。', '本公告自2024年9月15日起正式实施。'];
const BARE = '2024年第5号';

const list = (rows: [string, string][]) =>
  `<html><body><ul class="list">${rows.map(([href, title]) => `<li><a href="${href}" title="${title}">${title}</a><span>2024-08-15</span></li>`).join('')}</ul></body></html>`;
const detail = (site: string, title: string, paras: string[]) =>
  `<html><head><title>${title}</title></head><body><div class="top">${site}</div><h1>${title}</h1><div class="content">${paras.map((p) => `<p>${p}</p>`).join('')}</div><div class="foot">${site} 版权所有</div></body></html>`;

function source(id: string, base: string): SourceDef {
  return {
    id,
    name: id,
    agency: id,
    country: 'CN',
    language: 'zh',
    baseUrl: base,
    list: { kind: 'html', url: '/list/index.html', item: 'ul.list li', fields: { title: 'a@title', link: 'a@href', date: 'span' } },
    detail: { title: 'h1', body: '.content' },
  };
}

describe('duplicates across sources by document number', () => {
  let dir: string;
  let store: Store;
  let rep: Replicas;
  let mofcom: SourceDef;
  let gacc: SourceDef;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-dedupe-'));
    store = await openStore(join(dir, 'db.sqlite'));
    rep = await startReplicas([
      {
        id: 'mofcom',
        states: {
          s1: {
            '/list/index.html': list([
              ['/article/b/c/202408/20240815001.shtml', `${JOINT} 关于对锑等物项实施出口管制的公告`],
              ['/article/b/c/202408/20240810002.shtml', `${BARE} 关于商务统计报表的通知`],
            ]),
            '/article/b/c/202408/20240815001.shtml': detail('商务部', `${JOINT} 关于对锑等物项实施出口管制的公告`, JOINT_BODY),
            '/article/b/c/202408/20240810002.shtml': detail('商务部', `${BARE} 关于商务统计报表的通知`, ['请各地商务主管部门按时报送季度统计报表。']),
          },
        },
      },
      {
        id: 'gacc',
        states: {
          s1: {
            '/list/index.html': list([
              ['/customs/2024-08/15/article_5999001.html', `${JOINT} 关于对锑等物项实施出口管制的公告`],
              ['/customs/2024-08/12/article_5999002.html', `${BARE} 关于进境动物检疫的公告`],
            ]),
            // same document, other site chrome and URL
            '/customs/2024-08/15/article_5999001.html': detail('海关总署', `${JOINT} 关于对锑等物项实施出口管制的公告`, JOINT_BODY),
            '/customs/2024-08/12/article_5999002.html': detail('海关总署', `${BARE} 关于进境动物检疫的公告`, ['进境动物应当随附输出国官方检疫证书。']),
          },
        },
      },
    ]);
    mofcom = source('mofcom-test', rep.baseUrl('mofcom'));
    gacc = source('gacc-test', rep.baseUrl('gacc'));
  });
  afterAll(async () => {
    await rep?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one notice for the joint announcement: first source, first URL', async () => {
    const a = await crawlSource(store, mofcom, fast);
    expect([a.newCount, a.errors]).toEqual([2, {}]);
    const b = await crawlSource(store, gacc, fast);
    // the joint announcement is already known; the bare-numbered one is another document
    expect([b.newCount, b.changedCount, b.unchangedCount, b.errors]).toEqual([1, 0, 1, {}]);
    expect(await store.countNotices()).toBe(3);

    const joint = await store.getNoticeByUrl(`${rep.baseUrl('mofcom')}/article/b/c/202408/20240815001.shtml`);
    expect(joint).toMatchObject({ sourceId: 'mofcom-test', versionCount: 1 });
    expect(joint?.docNumber).toMatch(/海关总署公告2024年第18号$/);
    expect(await store.getNoticeByUrl(`${rep.baseUrl('gacc')}/customs/2024-08/15/article_5999001.html`)).toBeNull();

    // "2024年第5号" names no issuer: two different notices, one per source
    const bareOwners = (
      await Promise.all(
        [`${rep.baseUrl('mofcom')}/article/b/c/202408/20240810002.shtml`, `${rep.baseUrl('gacc')}/customs/2024-08/12/article_5999002.html`].map((u) =>
          store.getNoticeByUrl(u),
        ),
      )
    ).map((n) => n?.sourceId);
    expect(bareOwners).toEqual(['mofcom-test', 'gacc-test']);
  });

  it('recrawling both sources adds no version and keeps ownership', async () => {
    const a = await crawlSource(store, mofcom, fast);
    const b = await crawlSource(store, gacc, fast);
    expect([a.newCount, a.changedCount, b.newCount, b.changedCount]).toEqual([0, 0, 0, 0]);
    expect(await store.countNotices()).toBe(3);
    const joint = await store.getNoticeByUrl(`${rep.baseUrl('mofcom')}/article/b/c/202408/20240815001.shtml`);
    expect([joint?.sourceId, joint?.versionCount]).toEqual(['mofcom-test', 1]);
  });
});
