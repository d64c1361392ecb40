/**
 * Product pages list attributes as "Label: value" lines (Color: Gold, Packaging: export
 * carton, Port: Shenzhen, China). Words in those values describe the offer, not the
 * product or a market, so matchText drops them by the line's label.
 */

/** 1: drop products and topics (attributes, terms of sale); 2: also drop regions (origin, seller). */
const LABELS: Record<string, 1 | 2> = {};
for (const l of [
  'color',
  'colour',
  'colors',
  'colours',
  'size',
  'sizes',
  'packaging',
  'packaging details',
  'package',
  'packing',
  'transport package',
  'package size',
  'payment',
  'payment terms',
  'payment methods',
  'price',
  'fob price',
  'unit price',
  'min. order',
  'min order',
  'moq',
  'lead time',
  'delivery time',
  'customization',
  'customisation',
  'samples',
  'sample',
  'shipping',
  'shipping method',
  'shipping methods',
  'delivery',
  'logistics',
  'warranty',
  'after-sales service',
  'after sales service',
  'returns',
  'refunds',
  'certification',
  'certificate',
  '颜色',
  '颜色分类',
  '尺码',
  '尺寸',
  '规格',
  '包装',
  '包装方式',
  '包装规格',
  '运费',
  '价格',
  '批发价',
  '起批量',
  '起订量',
  '付款方式',
  '支付方式',
  '交货期',
  '发货期',
  '发货',
  '物流',
  '快递',
  '配送',
  '定制',
  '售后',
  '售后服务',
])
  LABELS[l] = 1;
for (const l of [
  'origin',
  'place of origin',
  'country of origin',
  'port',
  'loading port',
  'port of loading',
  'fob port',
  'ships from',
  'supplier',
  'manufacturer',
  'brand',
  'brand name',
  'trademark',
  'model',
  'model number',
  'company',
  'location',
  'business type',
  '发货地',
  '产地',
  '原产地',
  '所在地',
  '品牌',
  '型号',
  '货号',
  '供应商',
  '厂家',
  '公司',
])
  LABELS[l] = 2;

// A short label followed by a colon, at the start of a line or after a wide gap, tab or bar
// (spec tables flattened to text put several "Label: value" pairs on one line).
const LABEL = /(?:^|[ \t\u3000]{2,}|\t|[|｜])[ \t\u3000]*([A-Za-z][A-Za-z .&/-]{0,26}?|[\u4e00-\u9fff]{1,6})[ \t\u3000]*[:：]/g;

/**
 * Level (0, 1, 2) of the nearest label before each hit on its line; hits must be ordered by
 * start. Each line is read once (and only searched when it has a colon), so the cost stays
 * linear in the text.
 */
export function labelLevels(text: string, starts: readonly number[]): Uint8Array {
  const out = new Uint8Array(starts.length);
  let lineEnd = -1;
  // label positions (first character of the label word) and levels on the current line
  let pos: number[] = [];
  let lev: number[] = [];
  let k = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    if (s >= lineEnd) {
      const ls = text.lastIndexOf('\n', s - 1) + 1;
      const nl = text.indexOf('\n', s);
      lineEnd = nl < 0 ? text.length : nl;
      k = 0;
      pos = [];
      lev = [];
      const line = text.slice(ls, lineEnd);
      if (line.includes(':') || line.includes('：')) {
        LABEL.lastIndex = 0;
        for (let m = LABEL.exec(line); m; m = LABEL.exec(line)) {
          pos.push(ls + m.index + m[0].search(/[^ \t\u3000|｜]/));
          lev.push(LABELS[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? 0);
        }
      }
    }
    while (k < pos.length && pos[k] <= s) k++;
    out[i] = k > 0 ? lev[k - 1] : 0;
  }
  return out;
}
