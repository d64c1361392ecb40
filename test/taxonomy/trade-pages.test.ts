import { describe, expect, it } from 'vitest';
import { classify, matchText, tagsOf } from '../../taxonomy/index.ts';
import { TRADE_PAGES } from './fixtures/trade-pages.ts';

const ids = (list: { id: string }[]) => [...new Set(list.map((x) => x.id))];

describe('matchText on B2B marketplace product pages', () => {
  for (const page of TRADE_PAGES) {
    it(`finds only the product, its codes and the markets: ${page.name}`, () => {
      const m = matchText(page.text);
      expect(ids(m.products)).toEqual(page.expect.products);
      expect(ids(m.hsCodes)).toEqual(page.expect.hsCodes);
      expect(ids(m.regions)).toEqual(page.expect.regions);
      expect(ids(m.topics)).toEqual(page.expect.topics);
      for (const list of [m.products, m.hsCodes, m.regions, m.topics]) for (const x of list) expect(page.text.slice(x.start, x.end)).toBe(x.term);
    });
  }
});

describe('marketplace false positives', () => {
  it('does not read currencies as the US (or other) market', () => {
    for (const t of ['US$ 2.35 / piece', 'USD 5.20', 'US $120.00', 'U.S. $40', 'priced in US dollars', 'AU$ 30', 'HK$ 99', 'NZ $15']) {
      expect(matchText(t).regions, t).toEqual([]);
    }
    // the market itself still counts, also right next to a price
    expect(ids(matchText('Ships to the US. Price: US$ 5').regions)).toEqual(['US']);
    expect(ids(matchText('exports to the U.S. rose; US tariffs').regions)).toEqual(['US']);
  });

  it('maps ships to HS 8901 only when the vessels are the product', () => {
    for (const t of [
      'Ships in 3 days',
      'ships worldwide from Ningbo',
      'Free shipping',
      'Ready to Ship',
      'We ship by DHL',
      'Shipping: sea freight',
      '船舶运输服务',
    ]) {
      expect(matchText(t).products, t).toEqual([]);
    }
    expect(ids(matchText('Export of cargo ships and container ships').products)).toEqual(['8901']);
    expect(ids(matchText('船舶出口退税').products)).toEqual(['8901']);
  });

  it('does not take buyers for a trade fair', () => {
    for (const t of [
      'Buyers also viewed',
      'Buyer Protection',
      'Buyers from 40 countries trust us',
      'protects buyers against nonpayment',
      '拟采购商品的税则号列',
    ]) {
      expect(
        matchText(t).topics.filter((x) => x.id === 'trade-fairs'),
        t,
      ).toEqual([]);
    }
    expect(ids(matchText('Canton Fair invites overseas buyers to the exhibition').topics)).toEqual(['trade-fairs']);
  });

  it('ignores supplier badges and attribute lines but not the same words in prose', () => {
    expect(matchText('Gold Supplier  Diamond Member  金牌供应商  钻石会员').products).toEqual([]);
    expect(matchText('Color: Silver / Gold\nPackaging: export carton, plastic bag\n包装：100件/纸箱').products).toEqual([]);
    // several "Label: value" pairs on one flattened spec line
    expect(matchText('Port: Shenzhen, China   Payment Terms: L/C   Origin: Guangdong, China').regions).toEqual([]);
    expect(ids(matchText('Port: Ningbo   Main markets: Germany, Poland').regions)).toEqual(['DE', 'PL']);
    expect(ids(matchText('Gold and silver prices rose; exports of gold to India').products)).toEqual(['7108', '7106']);
    // a label word alone is no label: an ordinary sentence with a colon keeps its matches
    expect(ids(matchText('Note: tariffs on LED lamps from China').products)).toEqual(['9405']);
  });
});

describe('classification: product words that are context, not the covered goods', () => {
  const hs = (title: string, text: string, language = 'en') => tagsOf(classify({ title, text, language })).hsCodes;

  it('discounts raw materials and cargo', () => {
    expect(hs('关于白兰地反倾销调查的公告', '被调查产品为以葡萄酿造蒸馏而得的烈酒，归在税则号列22082000项下。', 'zh')).toEqual(['2208']);
    expect(
      hs(
        'Port fees on vessel operators',
        'USTR will promote the transport of liquefied natural gas on U.S.-built vessels and imposes tariffs on ship-to-shore cranes.',
      ),
    ).toEqual(['8426']);
  });

  it('discounts sectors and investment-screening notices', () => {
    expect(hs('中国—东盟自贸区升级', '双方将在农业、食品、医疗器械等领域推进标准互认。', 'zh')).toEqual([]);
    expect(
      hs(
        'Outbound investment rule',
        'The rule prohibits U.S. persons from outbound investment transactions involving semiconductors with persons of countries of concern. Investors must notify other investments.',
      ),
    ).toEqual([]);
  });

  it('treats product words outside the chapters of listed codes as context', () => {
    const text = '取消铝材以及化学改性的动、植物或微生物油、脂等产品出口退税。包括税则号列7604、7606项下铝材。';
    expect(hs('调整出口退税政策的公告', text, 'zh')).toEqual(['7604', '7606']);
    // without listed codes the same words count
    expect(hs('调整出口退税政策的公告', '取消铝材以及化学改性的动、植物或微生物油、脂等产品出口退税。', 'zh')).toEqual(['1518', '76']);
  });

  it('still tags goods named with a rate in a notice', () => {
    expect(hs('Section 301 modification', 'The rate of duty for lithium-ion electric vehicle batteries will increase to 25 percent.')).toEqual(['8507']);
  });
});
