import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseClientsCsv, parseCsv } from '../../newsletter/brokers/csv.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = Uint8Array.from([0xef, 0xbb, 0xbf]);
const withBom = (s: string) => Uint8Array.from([...BOM, ...utf8(s)]);

const ZH = `客户名称,HS编码,市场,所在地,联系邮箱,直接发送
深圳光明灯饰,9405;8541,欧盟、DE,广东省 深圳市,LED@Example.cn,是
宁波家具,"9403,9401",美国,浙江 宁波,,否
青岛海鲜,冻虾；0303,"日本, 韩国",山东省青岛市,sea@example.cn,
`;

describe('client CSV', () => {
  it('reads Chinese headers with a BOM: HS codes, product words, markets by name or id, places, contacts', () => {
    const r = parseClientsCsv(withBom(ZH));
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe('utf-8');
    expect(r.clients.map((c) => [c.line, c.name, c.profile.hs, c.profile.regions, c.profile.location, c.contactEmail, c.sendDirect])).toEqual([
      [2, '深圳光明灯饰', ['9405', '8541'], ['EU', 'DE'], { province: 'CN-GD', city: 'CN-GD-shenzhen' }, 'led@example.cn', true],
      [3, '宁波家具', ['9403', '9401'], ['US'], { province: 'CN-ZJ', city: 'CN-ZJ-ningbo' }, null, false],
      [4, '青岛海鲜', ['0303', '0306'], ['JP', 'KR'], { province: 'CN-SD', city: 'CN-SD-qingdao' }, 'sea@example.cn', false],
    ]);
  });

  it('reads GB18030 files as Excel in China saves them, and UTF-8 without a BOM, to the same clients', () => {
    const a = parseClientsCsv(iconv.encode(ZH.replace(/\n/g, '\r\n'), 'gb18030'));
    expect(a.encoding).toBe('gb18030');
    expect(a.errors).toEqual([]);
    const b = parseClientsCsv(utf8(ZH));
    expect(b.encoding).toBe('utf-8');
    expect(a.clients).toEqual(b.clients);
    expect(decodeCsv(iconv.encode('客户名称\n', 'gb18030')).text).toBe('客户名称\n');
  });

  it('reads English headers in any order, semicolon-delimited files and UTF-16 with a BOM', () => {
    const en = 'Contact;Markets;Client name;HS codes;Location;Language\nbuyer@example.com;EU,US;Sunrise Lamps;LED lamps;Shenzhen, Guangdong;en\n';
    const r = parseClientsCsv(utf8(en));
    expect(r.errors).toEqual([]);
    expect(r.clients[0]).toMatchObject({
      name: 'Sunrise Lamps',
      contactEmail: 'buyer@example.com',
      language: 'en',
      profile: { hs: ['9405'], regions: ['EU', 'US'] },
    });
    const u16 = Uint8Array.from([0xff, 0xfe, ...iconv.encode(ZH, 'utf-16le')]);
    expect(parseClientsCsv(u16).clients.map((c) => c.name)).toEqual(['深圳光明灯饰', '宁波家具', '青岛海鲜']);
  });

  it("takes Excel's sep= line and hints in brackets after header names", () => {
    const r = parseClientsCsv(utf8('sep=;\r\n客户名称;HS编码（多个用、分隔）;市场 (markets)\r\n甲公司;9405、8541;欧盟\r\n'));
    expect(r.errors).toEqual([]);
    expect(r.clients).toMatchObject([{ line: 3, name: '甲公司', profile: { hs: ['9405', '8541'], regions: ['EU'] } }]);
  });

  it('keeps quoted cells with delimiters, quotes and line breaks, and counts lines from the record start', () => {
    const { records } = parseCsv('a,b\n"x, ""y""\nz",2\n\nlast,3');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"\nz', '2'] },
      { line: 5, cells: ['last', '3'] },
    ]);
  });

  it('reports every bad row with its line number and imports nothing', () => {
    const bad = `客户名称,HS编码,市场,所在地,联系邮箱,直接发送
好客户,9405,欧盟,广东 深圳,,
,9405,欧盟,,,
坏编码,9999;12345,欧盟,,,
坏市场,9405,火星,,,
坏地点,9405,欧盟,火星省,,
坏邮箱,9405,欧盟,,not-an-email,
直发无邮箱,9405,欧盟,,,是
好客户,9403,美国,,,
=HYPERLINK("x"),9405,欧盟,,,
无兴趣,,,广东,,
`;
    const r = parseClientsCsv(utf8(bad));
    expect(r.clients).toEqual([]);
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.message]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(byLine[3]).toMatch(/name is empty/);
    expect(r.errors.filter((e) => e.line === 4).map((e) => e.message)).toEqual([
      expect.stringMatching(/HS code "9999" does not exist/),
      expect.stringMatching(/HS code "12345" does not exist/),
    ]);
    expect(byLine[5]).toMatch(/market "火星" is not a known country/);
    expect(byLine[6]).toMatch(/location: .*火星省.* not a known Chinese province or city/);
    expect(byLine[7]).toMatch(/contact: .*not a valid e-mail/);
    expect(byLine[8]).toMatch(/send direct needs a contact/);
    expect(byLine[9]).toMatch(/already on line 2/);
    expect(byLine[10]).toMatch(/formula/);
    expect(byLine[11]).toMatch(/no HS codes, products, markets or topics/);
  });

  it('rejects files without a name column, with unknown columns, or without rows', () => {
    expect(parseClientsCsv(utf8('HS编码,市场\n9405,欧盟\n')).errors[0].message).toMatch(/no client name column/);
    expect(parseClientsCsv(utf8('客户名称,传真\nA,123\n')).errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/unknown column "传真"/) });
    expect(parseClientsCsv(utf8('客户名称,HS编码\n')).errors[0].message).toMatch(/no client rows/);
    expect(parseClientsCsv(utf8('')).errors[0].message).toMatch(/empty/);
    expect(parseClientsCsv(utf8('客户名称,HS编码\nA,9405,extra\n')).errors[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/3 cells but the header has 2/),
    });
    expect(parseClientsCsv(utf8('客户名称,产品\nA,不存在的东西xyz\n')).errors[0].message).toMatch(/product "不存在的东西xyz" matches no HS code/);
  });
});
