import { describe, expect, it } from 'vitest';
import { extractHsCodes, hsCovers, hsName, isValidHeading, normalizeHs } from '../../taxonomy/index.ts';

const codes = (text: string) => [...new Set(extractHsCodes(text).map((h) => h.code))];

describe('extractHsCodes', () => {
  it('reads dotted, plain 8-digit, HS-prefixed and 税则号列 forms', () => {
    expect(codes('适用于8501.10项下的电动机')).toEqual(['850110']);
    expect(codes('调查产品归在税则号列39071010项下')).toEqual(['39071010']);
    expect(codes('Products under HS 8541 and heading 8542')).toEqual(['8541', '8542']);
    expect(codes('税则号列 8541.40 项下的光伏产品')).toEqual(['854140']);
    expect(codes('税号：85011000')).toEqual(['85011000']);
    expect(codes('HTSUS subheadings 7604.10, 7604.21 and 7608.20.0030')).toEqual(['760410', '760421', '7608200030']);
    expect(codes('classified under CN code 8703 80 10')).toEqual(['87038010']);
  });

  it('accepts lists and ranges anchored by context', () => {
    expect(codes('包括税则号列7604、7606项下铝材，7407、7409项下铜材')).toEqual(['7604', '7606', '7407', '7409']);
    expect(codes('税则号列8501-8504项下商品')).toEqual(['8501', '8502', '8503', '8504']);
    expect(codes('税号8501至8503')).toEqual(['8501', '8502', '8503']);
  });

  it('reads chapters and chapter ranges', () => {
    expect(codes('《进出口税则》第84至85章项下商品')).toEqual(['84', '85']);
    expect(codes('税则第72章钢铁产品')).toEqual(['72']);
    expect(codes('apparel classified under HS chapters 61 and 62, and made-up articles of chapter 63')).toEqual(['61', '62', '63']);
    expect(codes('See Chapter 3 of the implementing rules.')).toEqual([]);
  });

  it('ignores phone numbers, dates, years, document numbers, amounts, postcodes and URLs', () => {
    expect(codes('联系电话：010-65197399，传真：(010)85093500')).toEqual([]);
    expect(codes('商务部公告2024年第33号，自2024年12月1日起施行')).toEqual([]);
    expect(codes('发布日期：2024.12.01，更新于2025.01')).toEqual([]);
    expect(codes('安排资金8000万元，同比增长8501.5%')).toEqual([]);
    expect(codes('地址：北京市东长安街2号，邮政编码：100731')).toEqual([]);
    expect(codes('详见 http://www.mofcom.gov.cn/article/8501.10/202412/8541.html')).toEqual([]);
    expect(codes('In 2024, exports rose 12 percent; FR Doc. 2024-12345 filed 8-15-24')).toEqual([]);
    expect(codes('共涉及935项商品，1000万美元')).toEqual([]);
  });

  it('returns offsets into the input', () => {
    const text = '税则号列 8541.40 项下';
    const [h] = extractHsCodes(text);
    expect(text.slice(h.start, h.end)).toBe('8541.40');
  });
});

describe('HS helpers', () => {
  it('normalises codes to digits', () => {
    expect(normalizeHs('8501.10.00')).toBe('85011000');
    expect(normalizeHs('HS')).toBeNull();
  });
  it('validates headings against the chapter ranges', () => {
    expect(isValidHeading('8541')).toBe(true);
    expect(isValidHeading('2024')).toBe(false);
    expect(isValidHeading('7701')).toBe(false);
    expect(isValidHeading('9999')).toBe(false);
  });
  it('matches by prefix in both directions', () => {
    expect(hsCovers('85', '8541')).toBe(true);
    expect(hsCovers('854140', '8541')).toBe(true);
    expect(hsCovers('8541', '8507')).toBe(false);
  });
  it('names all 97 chapters and common headings in both languages', () => {
    for (let ch = 1; ch <= 97; ch++) {
      const code = String(ch).padStart(2, '0');
      expect(hsName(code, 'zh')).toBeTruthy();
      expect(hsName(code, 'en')).toBeTruthy();
    }
    expect(hsName('8541', 'zh')).toBe('光伏电池');
    expect(hsName('8507', 'en')).toBe('Lithium batteries');
    expect(hsName('85411000', 'en')).toBe('Solar cells');
    expect(hsName('8599', 'en')).toBe('Electrical machinery and equipment');
  });
});

describe('extractHsCodes: tariff lines without dots (issue #20)', () => {
  it('reads 8- and 10-digit lines before 税则号列 and far from their context word', () => {
    expect(codes('被调查产品归在《进出口税则》29155010税则号列下')).toEqual(['29155010']);
    // The second pair is 60 characters after 海关商品编号: the text already gives tariff positions.
    expect(
      codes(
        '对人造石墨材料（海关商品编号3801100000、3801909000），以及球化石墨、膨胀石墨等天然鳞片石墨及其制品，包括高纯度产品（2504101000、2504109100）实施管制',
      ),
    ).toEqual(['3801100000', '3801909000', '2504101000', '2504109100']);
    expect(codes('对鲜或冷鳗鱼（税则号列03027400）和钕铁硼永磁体（8505111000）实施暂定税率')).toEqual(['03027400', '8505111000']);
  });

  it('does not read bare 8- or 10-digit numbers as lines without any tariff context, nor phone numbers', () => {
    expect(codes('项目编号85051110，合同金额另行约定')).toEqual([]);
    expect(codes('税则号列8505.11项下商品；咨询电话：010-85093456')).toEqual(['850511']);
  });

  it('reads Chinese 8-digit lines written 4+4 with a dot (税号0805.1000)', () => {
    expect(codes('税号0805.1000项下的鲜橙、税号8479.5000项下的工业机器人')).toEqual(['08051000', '84795000']);
    expect(codes('HTS 8501.1000.20')).toEqual(['8501100020']);
  });

  it('continues a CN code list through "ex" and reads two-digit HS chapters', () => {
    expect(codes('CN codes 7210 11 00, 7210 12 80 and ex 7212 10 10')).toEqual(['72101100', '72101280', '72121010']);
    expect(codes('Products covered: Foods (HS codes 07, 08, 10 and 12).')).toEqual(['07', '08', '10', '12']);
    expect(codes('meat products (HS 02, 16) and batteries (HS 8507.60)')).toEqual(['02', '16', '850760']);
    expect(codes('derivative articles of chapters 84, 85 and 87')).toEqual(['84', '85', '87']);
    expect(codes('See chapters 3 and 4 of the guidance.')).toEqual([]);
  });
});
