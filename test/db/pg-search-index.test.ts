import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNotices } from '../../bench/generate.ts';
import { CopyWriter } from '../../db/pg-copy.ts';
import { entryOf, type Field, type Lexizer, TsvectorBuilder } from '../../db/search/pg-tsvector.ts';
import { indexTokenList, indexTokens } from '../../db/search/tokenize.ts';
import type { ChangeFn, Store } from '../../db/types.ts';
import { freshStore } from '../helpers/stores.ts';

// The PostgreSQL search index builds its tsvectors in JavaScript (db/search/pg-tsvector.ts);
// they must equal what to_tsvector() makes of the same tokens, or queries would miss, and
// end with the notice's filter words as notice_filter_words() computes them in SQL.

const change: ChangeFn = () => ({ diff: [], summary: '' });

const tricky = [
  // stop words at the end of the title shift the next field less than their position
  { title: 'Rules of the', doc: 'A-12 of', text: 'the rules of origin are in the annex and of the' },
  { title: '', doc: '', text: '' },
  { title: 'Café déjà vu ÉTUDES naïve', doc: 'Nº 5', text: 'Ünïcödé wörds, Кириллица 123abc a1b2 2024 ١٢٣ ½ ⅷ' },
  { title: '关于“两步申报”的公告', doc: '海关总署公告2024年第8号', text: '一' },
  // one lexeme more than 255 times: PostgreSQL keeps 255 positions
  { title: 'tariff', doc: '', text: Array.from({ length: 300 }, () => 'tariffs').join(' ') },
  // past the 16,383 position limit; the phrase at the end must still be indexed as PostgreSQL does
  { title: '长文', doc: '', text: `${Array.from({ length: 17000 }, (_, i) => `w${i % 977}`).join(' ')} rubber gloves 出口信用保险` },
];

/** the lexemes of a binary tsvector (count, then per lexeme: bytes, NUL, number of positions, positions), checking it ends there */
function decodeVector(buf: Buffer): Buffer[] {
  const lexemes: Buffer[] = [];
  let at = 4;
  for (let i = buf.readInt32BE(0); i > 0; i--) {
    const end = buf.indexOf(0, at);
    lexemes.push(buf.subarray(at, end));
    at = end + 3 + 2 * buf.readUInt16BE(end + 1);
  }
  expect(at).toBe(buf.length);
  return lexemes;
}

describe('PostgreSQL search vectors', () => {
  let store: Store;
  let url: string;
  let cleanup: () => Promise<void>;
  let client: pg.Client;
  const ids: number[] = [];
  beforeAll(async () => {
    ({ store, url, cleanup } = await freshStore('pg'));
    for (const [i, t] of tricky.entries()) {
      const r = await store.saveObservation(
        {
          url: `https://t.test/v${i}`,
          title: t.title,
          docNumber: t.doc || null,
          text: t.text,
          html: '',
          contentHash: `h${i}`,
          language: 'en',
          sourceId: 'test',
        },
        change,
      );
      ids.push(r.noticeId);
    }
    await store.importNotices(generateNotices(200, 11), { batchSize: 64 });
    client = new pg.Client(url);
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await cleanup();
  });

  const mismatches = async () => {
    const rows = (
      await client.query<{ id: number; title: string; doc: string | null; text: string }>(
        `SELECT n.id, n.title, n.doc_number AS doc, v.text FROM notices n JOIN notice_versions v ON v.notice_id = n.id AND v.version = n.version_count ORDER BY n.id`,
      )
    ).rows;
    expect(rows.length).toBe(tricky.length + 200);
    const r = await client.query<{ id: number }>(
      `SELECT s.notice_id AS id FROM notice_search s JOIN unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS x(id, tt, dt, bt) ON x.id = s.notice_id
         JOIN notices n ON n.id = s.notice_id
       WHERE s.head <> setweight(to_tsvector('english', x.tt), 'A') || setweight(to_tsvector('simple', x.dt), 'B')
          OR s.tsv <> setweight(to_tsvector('english', x.tt), 'A') || setweight(to_tsvector('simple', x.dt), 'B') || setweight(to_tsvector('english', x.bt), 'D')
               || notice_filter_words(n.source_id, n.language, n.agency, n.published_at, n.topics, n.hs_codes, n.regions)
          OR s.published_at IS DISTINCT FROM n.published_at OR s.source_id <> n.source_id`,
      [rows.map((x) => x.id), rows.map((x) => indexTokens(x.title)), rows.map((x) => indexTokens(x.doc ?? '')), rows.map((x) => indexTokens(x.text))],
    );
    return r.rows.map((x) => x.id);
  };

  it('equal to_tsvector() for imported and saved notices, edge cases included', async () => {
    expect(await mismatches()).toEqual([]);
    const n = await client.query('SELECT count(*)::int AS c FROM notice_search');
    expect(n.rows[0].c).toBe(tricky.length + 200);
  });

  it('stay equal when a notice changes', async () => {
    await store.saveObservation(
      {
        url: 'https://t.test/v0',
        title: 'Of rules and the origin',
        docNumber: 'B-7',
        text: 'changed text of the rules',
        html: '',
        contentHash: 'h0b',
        language: 'en',
        sourceId: 'test',
      },
      change,
    );
    expect(await mismatches()).toEqual([]);
  });

  it('are searched like before, far into long texts too', async () => {
    const urls = async (q: string) => (await store.search({ q, limit: 50 })).hits.map((h) => h.notice.url).filter((u) => u.startsWith('https://t.test/'));
    // (phrases past position 16,383 cannot match in PostgreSQL: positions stop there)
    expect(await urls('rubber gloves')).toContain('https://t.test/v5');
    expect(await urls('w976')).toEqual(['https://t.test/v5']);
    expect(await urls('Кириллица')).toEqual(['https://t.test/v2']);
    expect(await urls('"两步申报"')).toEqual(['https://t.test/v3']);
    expect(await urls('"changed text"')).toEqual(['https://t.test/v0']);
  });

  it('leave to PostgreSQL the tokens it would not treat as one word', () => {
    expect(entryOf('tariffs', [{ token: 'tariffs', lexemes: ['tariff'] }])).toEqual(['tariff']);
    expect(entryOf('the', [{ token: 'the', lexemes: [] }])).toEqual([]);
    expect(
      entryOf('ab', [
        { token: 'a', lexemes: ['a'] },
        { token: 'b', lexemes: ['b'] },
      ]),
    ).toBeNull();
    expect(entryOf('x', [{ token: 'x', lexemes: null }])).toBeNull();
    expect(entryOf('x', [])).toBeNull();
  });

  it("send lexemes in PostgreSQL's order (bytewise), shared prefixes and filter words included", async () => {
    // binary vectors must arrive sorted, or the server re-sorts them (and stores other bytes)
    const b = new TsvectorBuilder();
    let seed = 7;
    // mulberry32: repeatable, and random enough that no word comes 255 times
    const rnd = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const alphabet = ['a', 'ab', 'abc', 'abcde', 'abcdef', 'abcdefg', 'é', 'ü', 'z', '出', '出口', '口', '关税', '𠮷', '1', 'q'];
    const word = () => Array.from({ length: 1 + rnd(4) }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const fields: Field[] = [
        { text: Array.from({ length: rnd(5) }, word).join(' '), config: 'english', weight: 'A' },
        { text: Array.from({ length: rnd(3) }, word).join(' '), config: 'simple', weight: 'B' },
        { text: Array.from({ length: rnd(300) }, word).join(' '), config: 'english', weight: 'D' },
      ];
      await b.prepare(fields, async (_config, tokens) => new Map(tokens.map((t) => [t, [{ token: t, lexemes: [t] }]])));
      const extra = [...new Set(Array.from({ length: rnd(6) }, () => `#${word()}`))];
      const out = new CopyWriter(64);
      const start = out.at;
      expect(b.buildBinary(fields, out, extra)).toBe(true);
      // count, then per lexeme: bytes, NUL, number of positions, positions
      const buf = out.buf.subarray(start, out.at);
      const lexemes = decodeVector(buf);
      const distinct = new Set([...fields.flatMap((f) => indexTokenList(f.text)), ...extra]);
      expect(lexemes.length).toBe(distinct.size);
      for (let i = 1; i < lexemes.length; i++) expect(Buffer.compare(lexemes[i - 1], lexemes[i])).toBe(-1);
    }
  });

  it('stay right when batches prepare side by side and the token cache overflows meanwhile', async () => {
    // a cache of 40 tokens: nearly every prepare() clears it, while others wait on their lookups
    const b = new TsvectorBuilder(40);
    const lexize: Lexizer = async (_config, tokens) => {
      await new Promise((r) => setTimeout(r, Math.random() * 3));
      return new Map(tokens.map((t) => [t, [{ token: t, lexemes: [t] }]]));
    };
    const words = ['出口', '关税', 'tariff', 'rules', 'origin', '出口信用保险', 'abcdef', 'abcdeg', 'z', '退税', 'émile', '𠮷野家'];
    const doc = (i: number): Field[] => [
      { text: words.slice(i % 5, (i % 5) + 2).join(' '), config: 'english', weight: 'A' },
      { text: `No ${i}`, config: 'simple', weight: 'B' },
      { text: Array.from({ length: 30 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' '), config: 'english', weight: 'D' },
    ];
    let built = 0;
    for (let round = 0; round < 30; round++) {
      const docs = Array.from({ length: 4 }, (_, k) => doc(round * 4 + k));
      // prepared side by side; one more prepare (clearing the cache again) before they are built
      await Promise.all(docs.map((d) => b.prepare(d, lexize)));
      await b.prepare(doc(1000 + round), lexize);
      for (const d of docs) {
        const out = new CopyWriter(64);
        const start = out.at;
        if (!b.buildBinary(d, out)) continue; // tokens no longer cached: left to PostgreSQL
        built++;
        const got = decodeVector(out.buf.subarray(start, out.at)).map(String);
        const want = [...new Set(d.flatMap((f) => indexTokenList(f.text)))].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
        expect(got).toEqual(want);
      }
    }
    expect(built).toBeGreaterThan(30);
  });
});
