import type { ChangeFn, ObservedNotice, Store } from '../../db/types.ts';
import { diffStats, diffWords } from '../../db/diff.ts';

/** The crawler's word diff with a plain count summary (the sentence summary is tested in test/crawler). */
export const change: ChangeFn = (a, b) => {
  const diff = diffWords(a, b);
  const s = diffStats(diff);
  return { diff, summary: `+${s.added} −${s.removed} characters` };
};

export const XSS_TITLE = '<script>alert("t")</script><img src=x onerror=alert(1)> 关于进口"恶意"标题的公告';
export const XSS_TEXT = 'Body with <b>bold</b> and <script>document.title="pwned"</script> and <a href="javascript:alert(2)">link</a> 出口退税 inert.';

export const base = (o: Partial<ObservedNotice> & Pick<ObservedNotice, 'url' | 'title' | 'text'>): ObservedNotice => ({
  sourceId: 'mofcom-zcfb',
  language: 'zh',
  html: `<p>${o.text}</p>`,
  contentHash: `h-${o.url}-${o.text.length}-${o.text.slice(-8)}`,
  ...o,
});

export interface Seeded {
  rebate: number;
  tariff: number;
  xss: number;
  solar: number;
  removed: number;
}

/**
 * A small archive: a notice edited twice (3 versions), English and Chinese
 * notices with tags, an injection notice, a removed notice, and sources in
 * different health states.
 */
export async function seed(store: Store): Promise<Seeded> {
  await store.upsertSource({
    id: 'mofcom-zcfb',
    name: '商务部政策发布',
    baseUrl: 'https://www.mofcom.gov.cn/zcfb/',
    agency: '商务部',
    country: 'CN',
    language: 'zh',
  });
  await store.upsertSource({
    id: 'gacc-announcements',
    name: '海关总署公告',
    baseUrl: 'http://www.customs.gov.cn/customs/302249/302266/',
    agency: '海关总署',
    country: 'CN',
    language: 'zh',
  });
  await store.upsertSource({
    id: 'ustr',
    name: 'USTR press releases',
    baseUrl: 'https://ustr.gov/about-us/policy-offices/press-office',
    agency: 'USTR',
    country: 'US',
    language: 'en',
  });
  await store.updateSourceHealth('mofcom-zcfb', {
    status: 'ok',
    lastRunAt: new Date('2025-03-03T02:00:00Z'),
    lastSuccessAt: new Date('2025-03-03T02:00:00Z'),
    itemsSeen: 120,
  });
  await store.updateSourceHealth('gacc-announcements', {
    status: 'blocked',
    lastRunAt: new Date('2025-03-03T02:00:00Z'),
    lastSuccessAt: new Date('2025-02-20T02:00:00Z'),
    itemsSeen: 40,
    consecutiveFailures: 4,
    lastError: 'HTTP 412 <challenge page> from anti-bot gateway',
    alarms: ['no success for 11 days'],
  });

  const t1 = new Date('2025-01-10T08:00:00Z');
  const rebateText1 = '为进一步稳定外贸，财政部、税务总局决定提高部分产品出口退税率。\n本公告自2025年2月1日起执行。\n附件：提高出口退税率的产品清单。';
  const rebateText2 = '为进一步稳定外贸，财政部、税务总局决定提高部分机电产品出口退税率至13%。\n本公告自2025年3月1日起执行。\n附件：提高出口退税率的产品清单。';
  const rebateText3 = rebateText2 + '\n对已申报的出口货物，按原退税率办理。';
  const rebate = base({
    url: 'https://www.mofcom.gov.cn/zcfb/art/2025/1.html',
    title: '关于提高部分产品出口退税率的公告',
    docNumber: '财政部 税务总局公告2025年第3号',
    agency: '财政部',
    publishedAt: '2025-01-10',
    effectiveAt: '2025-02-01',
    text: rebateText1,
    topics: ['export-rebates'],
    hsCodes: ['8501', '8541'],
    regions: ['EU'],
    attachments: [{ name: '产品清单.xlsx', url: 'https://www.mofcom.gov.cn/files/list.xlsx', type: 'xlsx' }],
    fetchedAt: t1,
  });
  const r1 = await store.saveObservation(rebate, change);
  await store.saveObservation({ ...rebate, text: rebateText2, contentHash: 'rebate-2', fetchedAt: new Date('2025-01-12T08:00:00Z') }, change);
  await store.saveObservation(
    { ...rebate, title: '关于提高部分产品出口退税率的公告（修订）', text: rebateText3, contentHash: 'rebate-3', fetchedAt: new Date('2025-01-15T08:00:00Z') },
    change,
  );
  const tariff = await store.saveObservation(
    base({
      sourceId: 'gacc-announcements',
      url: 'http://www.customs.gov.cn/customs/302249/302266/2024/7.html',
      title: '海关总署关于调整进口关税配额管理的公告',
      docNumber: '海关总署公告2024年第88号',
      agency: '海关总署',
      publishedAt: '2024-11-05',
      text: '根据《中华人民共和国进出口关税条例》，现就2025年进口关税配额管理有关事项公告如下。',
      topics: ['tariffs'],
      hsCodes: ['1001'],
      regions: ['ASEAN'],
      fetchedAt: new Date('2024-11-05T08:00:00Z'),
    }),
    change,
  );
  const solar = await store.saveObservation(
    base({
      sourceId: 'ustr',
      language: 'en',
      url: 'https://ustr.gov/about-us/policy-offices/press-office/press-releases/2025/solar',
      title: 'USTR announces tariff increases on solar cells',
      agency: 'USTR',
      publishedAt: '2025-02-03',
      text: 'The Office of the United States Trade Representative announced that Section 301 tariffs on solar cells and wafers will rise to 50 percent.',
      topics: ['tariffs', 'trade-remedies'],
      hsCodes: ['854142'],
      regions: ['US'],
      fetchedAt: new Date('2025-02-03T12:00:00Z'),
    }),
    change,
  );
  const evil = base({
    url: 'https://www.mofcom.gov.cn/zcfb/art/2025/evil.html',
    title: XSS_TITLE,
    docNumber: '<i>商</i>"号"',
    agency: '<b>商务部</b>',
    publishedAt: '2025-01-20',
    text: XSS_TEXT,
    html: '<p onclick="alert(3)">x</p><script>alert(4)</script>',
    topics: ['export-rebates'],
    attachments: [{ name: '<script>att</script>', url: 'javascript:alert(5)', type: 'pdf' }],
    fetchedAt: new Date('2025-01-20T08:00:00Z'),
  });
  const xss = await store.saveObservation(evil, change);
  await store.saveObservation(
    { ...evil, text: `${XSS_TEXT} <svg onload=alert(6)>`, contentHash: 'evil-2', fetchedAt: new Date('2025-01-21T08:00:00Z') },
    change,
  );
  const removed = await store.saveObservation(
    base({
      url: 'https://www.mofcom.gov.cn/zcfb/art/2023/old.html',
      title: '关于废止部分出口管制规定的公告',
      publishedAt: '2023-06-01',
      text: '已废止的出口管制规定。',
      topics: ['export-control'],
      fetchedAt: new Date('2023-06-01T08:00:00Z'),
    }),
    change,
  );
  await store.markRemoved('https://www.mofcom.gov.cn/zcfb/art/2023/old.html', new Date('2024-01-01T00:00:00Z'));
  return { rebate: r1.noticeId, tariff: tariff.noticeId, xss: xss.noticeId, solar: solar.noticeId, removed: removed.noticeId };
}
