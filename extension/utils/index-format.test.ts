import { describe, expect, it } from 'vitest';
import { dateToDay, dayToDate, decodeIndex, IndexFormatError, noticePageUrl } from './index-format.ts';

const valid = () => ({
  v: 1,
  generatedAt: '2025-01-01T00:00:00.000Z',
  page: '/notices/{id}',
  dict: { agency: ['MOFCOM'], topic: ['tariffs'], region: ['EU'] },
  id: [7],
  title: ['t'],
  agency: [0],
  day: [dateToDay('2025-03-04')],
  url: ['https://x/7'],
  topic: [[0]],
  hs: [['9405', 'x1']],
  region: [[0, 9]],
});

describe('decodeIndex', () => {
  it('expands the columns', () => {
    expect(decodeIndex(valid()).notices[0]).toEqual({
      id: 7,
      title: 't',
      agency: 'MOFCOM',
      date: '2025-03-04',
      url: 'https://x/7',
      topics: ['tariffs'],
      hsCodes: ['9405'],
      regions: ['EU'],
    });
  });

  it('reads the optional region-role and local-place columns, ignoring malformed ones', () => {
    const p = { ...valid(), dict: { ...valid().dict, region: ['EU', 'US'] }, region: [[0, 1]], role: ['mo'], local: ['CN-GD-shenzhen'] };
    expect(decodeIndex(p).notices[0]).toMatchObject({
      regions: ['EU', 'US'],
      regionRoles: { EU: 'market', US: 'origin' },
      local: { province: 'CN-GD', city: 'CN-GD-shenzhen' },
    });
    expect(decodeIndex({ ...p, local: [''] }).notices[0].local).toBeNull();
    expect(decodeIndex({ ...p, role: ['m'], local: ['<script>'] }).notices[0]).toMatchObject({ local: null });
    expect(decodeIndex({ ...p, role: ['m'] }).notices[0].regionRoles).toBeUndefined();
    expect(decodeIndex(valid()).notices[0]).not.toHaveProperty('regionRoles');
  });

  it('rejects malformed payloads', () => {
    expect(() => decodeIndex(null)).toThrow(IndexFormatError);
    expect(() => decodeIndex('x')).toThrow(IndexFormatError);
    expect(() => decodeIndex({ ...valid(), v: 2 })).toThrow(/version/);
    expect(() => decodeIndex({ ...valid(), title: [] })).toThrow(/title/);
    expect(() => decodeIndex({ ...valid(), id: ['7'] })).toThrow(/id/);
    expect(() => decodeIndex({ ...valid(), dict: undefined })).toThrow(/dictionary/);
  });

  it('converts dates', () => {
    expect(dayToDate(dateToDay('2024-02-29'))).toBe('2024-02-29');
    expect(dateToDay('soon')).toBe(-1);
    expect(dayToDate(-1)).toBeNull();
  });
});

describe('noticePageUrl', () => {
  it('resolves against the server and refuses non-http URLs', () => {
    expect(noticePageUrl('https://radar.example.org/sub', '/notices/{id}', 5)).toBe('https://radar.example.org/notices/5');
    expect(noticePageUrl('https://radar.example.org/sub/', 'notices/{id}', 5)).toBe('https://radar.example.org/sub/notices/5');
    expect(noticePageUrl('https://radar.example.org', 'javascript:alert({id})', 5)).toBeNull();
    expect(noticePageUrl('not a url', '/notices/{id}', 5)).toBeNull();
  });
});
