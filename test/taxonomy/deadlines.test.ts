import { describe, expect, it } from 'vitest';
import { extractDeadlines, isOpen, openUntil } from '../../taxonomy/deadlines.ts';

const brief = (title: string, text: string) => extractDeadlines(title, text).map((d) => [d.kind, d.from ?? null, d.date]);

describe('extractDeadlines', () => {
  it('reads Chinese application windows, with or without the year on the closing day', () => {
    expect(brief('关于组织申报2026年度外贸发展专项资金的通知', '申报时间：2026年11月1日至2026年11月30日。')).toEqual([
      ['application', '2026-11-01', '2026-11-30'],
    ]);
    expect(brief('', '申报期限为2026年3月1日—3月31日，逾期不予受理。')).toEqual([['application', '2026-03-01', '2026-03-31']]);
    expect(brief('', '自2026年11月1日起至11月30日止受理申请。')).toEqual([['application', '2026-11-01', '2026-11-30']]);
  });

  it('reads deadlines and tells submissions from effective dates', () => {
    expect(brief('', '请各企业于2026年12月10日前将申报材料报送至我局。本通知自2026年12月1日起施行。')).toEqual([
      ['effective', null, '2026-12-01'],
      ['application', null, '2026-12-10'],
    ]);
    expect(brief('', '截止日期：2026年12月31日')).toEqual([['deadline', null, '2026-12-31']]);
    // a bare 于…起施行 is no deadline
    expect(brief('', '本办法于2027年1月1日起施行。')).toEqual([['effective', null, '2027-01-01']]);
  });

  it('reads English comment and application deadlines', () => {
    expect(brief('', 'Written comments must be received no later than January 15, 2027. This rule is effective on March 1, 2027.')).toEqual([
      ['comments', null, '2027-01-15'],
      ['effective', null, '2027-03-01'],
    ]);
    expect(brief('', 'Applications close on 30 November 2026.')).toEqual([['application', null, '2026-11-30']]);
    expect(brief('', 'The deadline for registration is 2026-12-05.')).toEqual([['application', null, '2026-12-05']]);
  });

  it('ignores impossible dates and texts without deadlines', () => {
    expect(brief('', '申报时间：2026年2月1日至2026年2月30日。')).toEqual([]);
    expect(brief('关于进一步稳定外贸的意见', '各地要加强组织领导。')).toEqual([]);
  });
});

describe('openUntil and isOpen', () => {
  const ds = extractDeadlines('', '申报时间：2026年11月1日至2026年11月30日。本通知自2027年1月1日起施行。');
  it('the last open day is the window end, not the effective date', () => {
    expect(openUntil(ds)).toBe('2026-11-30');
  });
  it('open only inside the window', () => {
    expect(isOpen(ds, '2026-10-31')).toBe(false);
    expect(isOpen(ds, '2026-11-01')).toBe(true);
    expect(isOpen(ds, '2026-11-30')).toBe(true);
    expect(isOpen(ds, '2026-12-01')).toBe(false);
  });
});
