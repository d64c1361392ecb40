import { describe, expect, it } from 'vitest';
import { classify, extractDocNumber, extractEffectiveDate, tagsOf, topicName, TOPICS } from '../../taxonomy/index.ts';

describe('classify', () => {
  it('classifies a Chinese export-rebate announcement', () => {
    const c = classify({
      title: '财政部 税务总局关于调整出口退税政策的公告',
      text: '财政部 税务总局公告2024年第15号。取消铝材、铜材出口退税。将光伏、电池产品的出口退税率由13%下调至9%，涉及税则号列8541.42、8507.60。本公告自2024年12月1日起实施。',
      agency: '财政部',
    });
    const tags = tagsOf(c);
    expect(tags.topics).toEqual(['export-rebates']);
    expect(tags.hsCodes).toEqual(expect.arrayContaining(['8541', '8507']));
    expect(tags.regions).toEqual([]);
    expect(c.docNumber).toBe('财政部 税务总局公告2024年第15号');
    expect(c.effectiveDate).toBe('2024-12-01');
    expect(c.agencies[0].id).toBe('mof');
    for (const s of [...c.topics, ...c.hsCodes, ...c.regions]) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('classifies an English entity-list rule and tags the issuing market', () => {
    const c = classify({
      title: 'Additions to the Entity List',
      text: 'The Bureau of Industry and Security amends the Export Administration Regulations by adding 12 entities in China and the United Arab Emirates to the Entity List. A license is required for exports of all items subject to the EAR. This rule is effective March 25, 2025.',
    });
    const tags = tagsOf(c);
    expect(tags.topics).toEqual(['export-controls']);
    expect(tags.regions).toEqual(['AE', 'CN', 'US']);
    expect(c.agencies[0].id).toBe('bis');
    expect(c.effectiveDate).toBe('2025-03-25');
  });

  it('does not tag China as a region on Chinese-issued notices', () => {
    const c = classify({
      title: '商务部关于对原产于美国的进口丙酸进行反倾销调查的公告',
      text: '中华人民共和国商务部决定对原产于美国的进口丙酸进行反倾销立案调查。中国国内产业受到损害。',
    });
    const tags = tagsOf(c);
    expect(tags.regions).toEqual(['US']);
    expect(tags.topics).toEqual(['trade-remedies']);
  });

  it('weighs title hits above body hits', () => {
    const body = 'The measure also mentions tariffs once.';
    const withTitle = classify({ title: 'New tariffs on steel', text: body });
    const bodyOnly = classify({ title: 'Notice', text: body });
    const score = (c: ReturnType<typeof classify>) => c.topics.find((t) => t.id === 'tariffs')?.score ?? 0;
    expect(score(withTitle)).toBeGreaterThan(score(bodyOnly));
  });

  it('handles empty notices and keeps a given document number', () => {
    const c = classify({ title: '', text: '', docNumber: ' 国发〔2018〕43号 ' });
    expect(c).toMatchObject({ topics: [], hsCodes: [], regions: [], agencies: [], docNumber: '国发〔2018〕43号', effectiveDate: null });
    expect(tagsOf(c)).toEqual({ topics: [], hsCodes: [], regions: [] });
  });

  it('drops a chapter tag when a heading of that chapter is tagged', () => {
    const c = classify({ title: 'Safeguard on steel: hot-rolled coils', text: 'Steel imports of hot-rolled coils (heading 7208) are capped.' });
    const tags = tagsOf(c);
    expect(tags.hsCodes).toContain('7208');
    expect(tags.hsCodes).not.toContain('72');
  });
});

describe('topic vocabulary', () => {
  it('has the 15 stable ids with zh and en names', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([
      'tariffs',
      'export-rebates',
      'credit-insurance',
      'trade-finance',
      'trade-remedies',
      'export-controls',
      'licensing-quotas',
      'customs',
      'standards',
      'trade-fairs',
      'ecommerce',
      'fta-origin',
      'foreign-investment',
      'logistics',
      'subsidies',
    ]);
    expect(topicName('tariffs', 'zh')).toBe('关税与税率调整');
    expect(topicName('nope')).toBeUndefined();
  });
});

describe('extractDocNumber', () => {
  it.each([
    ['商务部公告2024年第33号 关于…', '商务部公告2024年第33号'],
    ['根据海关总署公告2024年第123号规定', '海关总署公告2024年第123号'],
    ['税委会公告〔2024〕8号', '税委会公告〔2024〕8号'],
    ['国务院关于印发…的通知 国发〔2018〕43号', '国发〔2018〕43号'],
    ['财税〔2024〕15号', '财税〔2024〕15号'],
    ['国家发展改革委 商务部令第23号', '国家发展改革委 商务部令第23号'],
    ['Executive Order 14257 of April 2, 2025', 'EO 14257'],
    ['pursuant to EO 14105', 'EO 14105'],
    ['[FR Doc. 2024-12345 Filed 6-3-24]', '2024-12345'],
    ['Commission Implementing Regulation (EU) 2024/2754 imposing', 'Commission Implementing Regulation (EU) 2024/2754'],
  ])('%s', (text, expected) => {
    expect(extractDocNumber('', text)).toBe(expected);
  });

  it('prefers the title and returns null when there is none', () => {
    expect(extractDocNumber('商务部公告2025年第1号', '另见商务部公告2024年第2号')).toBe('商务部公告2025年第1号');
    expect(extractDocNumber('Notice', 'Call 2024-12345 for help in 2024.')).toBeNull();
  });
});

describe('extractEffectiveDate', () => {
  it.each([
    ['本公告自2025年1月1日起施行。', '2025-01-01'],
    ['自2025年2月10日起，对原产于美国的部分进口商品加征关税。', '2025-02-10'],
    ['协定将于2024年7月1日起生效。', '2024-07-01'],
    ['This rule is effective January 1, 2025.', '2025-01-01'],
    ['The changes take effect from 1 July 2025.', '2025-07-01'],
    ['The Regulation enters into force on 13 December 2024.', '2024-12-13'],
    ['applies to goods entered for consumption on or after September 27, 2024', '2024-09-27'],
  ])('%s', (text, expected) => {
    expect(extractEffectiveDate(text)).toBe(expected);
  });

  it('ignores dates that are not effective dates and impossible dates', () => {
    expect(extractEffectiveDate('2024年5月19日，商务部发布公告。申请期为2024年10月15日至30日。')).toBeNull();
    expect(extractEffectiveDate('Published on March 3, 2025 by the agency.')).toBeNull();
    expect(extractEffectiveDate('自2025年2月30日起施行')).toBeNull();
    expect(extractEffectiveDate('本公告自公布之日起施行。')).toBeNull();
  });
});
