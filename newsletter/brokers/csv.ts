/**
 * A broker's client list from a spreadsheet export (pure): bytes → text (UTF-8 with or
 * without BOM, UTF-16 with BOM, else GB18030 as Excel in China saves "CSV"), text →
 * records, records → validated clients. The whole file is checked before anything is
 * stored; every bad row is reported with its line number, and unknown HS codes,
 * markets, places and topics are errors rather than silently dropped.
 */
import iconv from 'iconv-lite';
import { isKnownHs } from '../../taxonomy/known.ts';
import { lookupProducts } from '../../taxonomy/lookup.ts';
import { parseLocation } from '../../taxonomy/places.ts';
import { parseProfile, ProfileError } from '../../taxonomy/profile.ts';
import { REGIONS } from '../../taxonomy/regions.ts';
import type { BrokerClientInput } from '../../db/types.ts';
import { InputError, validEmail } from '../subscriptions.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decodes a CSV file: a BOM decides; else valid UTF-8 is UTF-8, anything else is read as GB18030. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(b, 'gb18030'), encoding: 'gb18030' };
  }
}

export interface CsvRecord {
  /** 1-based line of the record's first character in the file */
  line: number;
  cells: string[];
}

/** RFC 4180 records (quoted cells may hold delimiters, quotes as "" and line breaks); the delimiter is guessed from the header line. */
export function parseCsv(text: string): { records: CsvRecord[]; delimiter: string } {
  let firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Excel's "sep=;" line names the delimiter and is not a record
  const sep = /^sep=(.)$/i.exec(firstLine.trim());
  let from = 0;
  let line = 1;
  if (sep) {
    from = firstLine.length + (text[firstLine.length] === '\r' ? 2 : 1);
    firstLine = text.slice(from, text.slice(from).search(/\r?\n|$/) + from);
    line = 2;
  }
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const delimiter = sep ? sep[1] : counts.sort((a, b) => b.n - a.n)[0].n > 0 ? counts[0].d : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = line;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    if (touched || cells.some((c) => c.trim())) records.push({ line: start, cells });
    cells = [];
    cell = '';
    touched = false;
  };
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && !cell.trim()) {
      quoted = true;
      cell = '';
      touched = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell || cells.length) endRecord();
  return { records, delimiter };
}

type Column = 'name' | 'hs' | 'products' | 'markets' | 'location' | 'contact' | 'topics' | 'sendDirect' | 'language';

/** Header names, zh and en, compared without case, spaces, underscores or hyphens. */
const HEADERS: Record<Column, string[]> = {
  name: ['客户名称', '客户', '企业名称', '公司名称', '名称', '客户名', 'client', 'clientname', 'name', 'company', 'companyname'],
  hs: ['hs编码', 'hs', '商品编码', '海关编码', '税号', 'hscode', 'hscodes', 'hs代码'],
  products: ['产品', '商品', '主要产品', '出口产品', 'products', 'product', 'goods'],
  markets: ['市场', '出口市场', '目标市场', '主要市场', 'markets', 'market', 'exportmarkets'],
  location: ['所在地', '地区', '所在地区', '城市', '地址', 'location', 'city', 'place'],
  contact: ['联系邮箱', '邮箱', '电子邮箱', '联系方式', '联系人邮箱', 'contact', 'email', 'contactemail', 'e-mail'],
  topics: ['主题', '关注主题', 'topics', 'topic'],
  sendDirect: ['直接发送', '直发', '直接发给客户', 'senddirect', 'direct'],
  language: ['语言', 'language', 'lang'],
};

// a hint in brackets after the name (HS编码（多个用;分隔）) is not part of it
const headerKey = (s: string) =>
  s
    .replace(/[（(][^）)]*[）)]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
const HEADER_INDEX = new Map<string, Column>();
for (const [col, names] of Object.entries(HEADERS) as [Column, string[]][]) for (const n of names) HEADER_INDEX.set(headerKey(n), col);

/** Separators inside a cell: ; 、 , and their full-width forms, and line breaks. */
export function splitCell(s: string): string[] {
  return [
    ...new Set(
      s
        .split(/[;；、,，\n]+/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}

const regionByName = new Map<string, string>();
for (const r of REGIONS) for (const n of [r.id, r.zh, r.en]) regionByName.set(n.toLowerCase(), r.id);

/** A market by id (EU, us) or canonical name (欧盟, 美国, Japan). */
function marketId(s: string): string | undefined {
  return regionByName.get(s.trim().toLowerCase());
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '直发', 'on']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '', 'off']);

export interface RowError {
  line: number;
  message: string;
}

export interface ParsedClients {
  clients: (BrokerClientInput & { line: number })[];
  errors: RowError[];
  encoding: Encoding;
}

/** Validates every row; clients is only meant to be stored when errors is empty. */
export function parseClientsCsv(bytes: Uint8Array, opts: { defaultLanguage?: 'zh' | 'en' } = {}): ParsedClients {
  const { text, encoding } = decodeCsv(bytes);
  const { records } = parseCsv(text);
  const errors: RowError[] = [];
  const clients: ParsedClients['clients'] = [];
  if (!records.length)
    return { clients, errors: [{ line: 1, message: 'the file is empty: a header row (客户名称,HS编码,市场,所在地,联系邮箱) is expected' }], encoding };
  const header = records[0];
  const cols: (Column | undefined)[] = header.cells.map((h) => HEADER_INDEX.get(headerKey(h)));
  header.cells.forEach((h, i) => {
    if (!cols[i] && h.trim())
      errors.push({
        line: header.line,
        message: `unknown column "${h.trim().slice(0, 40)}" (accepted: ${Object.values(HEADERS)
          .map((n) => `${n[0]}/${n.find((x) => /^[a-z ]+$/.test(x))}`)
          .join(', ')})`,
      });
  });
  for (const col of new Set(cols.filter(Boolean)))
    if (cols.filter((c) => c === col).length > 1) errors.push({ line: header.line, message: `column ${col} appears twice` });
  if (!cols.includes('name')) errors.push({ line: header.line, message: 'no client name column (客户名称 or "client name")' });
  if (errors.length) return { clients, errors, encoding };

  const seen = new Map<string, number>();
  for (const rec of records.slice(1)) {
    const err = (message: string) => errors.push({ line: rec.line, message });
    if (rec.cells.length > cols.length && rec.cells.slice(cols.length).some((c) => c.trim())) {
      err(`${rec.cells.length} cells but the header has ${cols.length} columns (quote cells that contain "${','}")`);
      continue;
    }
    const get = (c: Column) => {
      const i = cols.indexOf(c);
      return i >= 0 ? (rec.cells[i] ?? '').trim() : '';
    };
    const name = get('name').replace(/\s+/g, ' ');
    if (!name) {
      err('the client name is empty');
      continue;
    }
    if (name.length > 100) {
      err('the client name is longer than 100 characters');
      continue;
    }
    if (/^[=+\-@]/.test(name)) {
      err(`the client name "${name.slice(0, 30)}" starts with ${name[0]}: a spreadsheet formula, not a name`);
      continue;
    }
    const dup = seen.get(name);
    if (dup) {
      err(`client "${name}" is already on line ${dup}`);
      continue;
    }
    seen.set(name, rec.line);

    const problems: string[] = [];
    const hs: string[] = [];
    const products: string[] = [];
    for (const item of splitCell(get('hs'))) {
      const d = item.replace(/[\s.·-]/g, '');
      if (/^\d+$/.test(d)) {
        if (isKnownHs(d)) hs.push(d);
        else problems.push(`HS code "${item}" does not exist (2, 4, 6, 8 or 10 digits of a real chapter and heading)`);
      } else products.push(item);
    }
    products.push(...splitCell(get('products')));
    for (const p of products) {
      const found = lookupProducts(p).slice(0, 3);
      if (!found.length) problems.push(`product "${p.slice(0, 40)}" matches no HS code; give the HS code instead`);
      for (const f of found) if (!hs.includes(f.hs)) hs.push(f.hs);
    }
    const markets: string[] = [];
    for (const m of splitCell(get('markets'))) {
      const id = marketId(m);
      if (id) markets.push(id);
      else problems.push(`market "${m.slice(0, 40)}" is not a known country or bloc (e.g. EU, US, 欧盟, 美国, 日本)`);
    }
    const where = get('location');
    if (where) {
      const loc = parseLocation(where);
      if ('error' in loc) problems.push(`location: ${loc.error}`);
    }
    let contactEmail: string | null = null;
    const contact = get('contact');
    if (contact) {
      try {
        contactEmail = validEmail(contact);
      } catch (e) {
        problems.push(`contact: ${e instanceof InputError ? e.message.replace(/^email: /, '') : String(e)}`);
      }
    }
    const direct = get('sendDirect').toLowerCase();
    let sendDirect = false;
    if (YES.has(direct)) sendDirect = true;
    else if (!NO.has(direct)) problems.push(`send direct "${direct.slice(0, 20)}" is not yes/no (是/否)`);
    if (sendDirect && !contactEmail) problems.push('send direct needs a contact e-mail');
    const langCell = get('language').toLowerCase();
    let language: 'zh' | 'en' = opts.defaultLanguage ?? 'zh';
    if (langCell === 'zh' || langCell === '中文') language = 'zh';
    else if (langCell === 'en' || langCell === 'english' || langCell === '英文') language = 'en';
    else if (langCell) problems.push(`language "${langCell.slice(0, 20)}" is not zh or en`);
    if (!hs.length && !markets.length && !get('topics')) problems.push('no HS codes, products, markets or topics: the digest would hold every notice');
    if (problems.length) {
      for (const p of problems) err(`${name}: ${p}`);
      continue;
    }
    try {
      const { profile } = parseProfile({ hs, markets, topics: splitCell(get('topics')), location: where || null });
      clients.push({ line: rec.line, name, profile: { ...profile, location: profile.location ?? null }, contactEmail, sendDirect, language });
    } catch (e) {
      if (e instanceof ProfileError) err(`${name}: ${e.message}`);
      else throw e;
    }
  }
  if (records.length === 1) errors.push({ line: header.line + 1, message: 'no client rows after the header' });
  return { clients: errors.length ? [] : clients, errors, encoding };
}
