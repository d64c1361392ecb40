import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { federalRegisterUrls, monthlyWindows } from '../../crawler/sources/us-federal-register.ts';
import { htmlUrl, REAL, week1 } from '../replicas/us-federal-register.ts';
import { counts, openHarness, type SourceHarness } from './harness.ts';

let h: SourceHarness;
const WEEK1_NOW = new Date('2025-01-20T12:00:00Z');
const WEEK2_NOW = new Date('2025-01-27T12:00:00Z');
const API = '/api/v1/documents.json';

const q = (path: string) => new URL(path, 'http://x').searchParams;
/** the replica path of a fixture document's html_url */
const docPath = (n: string) => htmlUrl(week1.find((d) => d.document_number === n)!).slice(REAL.length);

describe('us-federal-register: date windows', () => {
  it('splits a range into calendar months, newest first', () => {
    expect(monthlyWindows(new Date('2024-10-22T00:00:00Z'), WEEK1_NOW)).toEqual([
      ['2025-01-01', '2025-01-20'],
      ['2024-12-01', '2024-12-31'],
      ['2024-11-01', '2024-11-30'],
      ['2024-10-22', '2024-10-31'],
    ]);
    expect(monthlyWindows(WEEK1_NOW, new Date('2024-01-01T00:00:00Z'))).toEqual([]);
  });

  it('first run looks back 90 days; later runs start a week before the last success', () => {
    const first = federalRegisterUrls({ now: WEEK1_NOW });
    expect(first).toHaveLength(4);
    const p = q(first[3]);
    expect(p.get('conditions[publication_date][gte]')).toBe('2024-10-22');
    expect(p.getAll('conditions[agencies][]')).toEqual([
      'office-of-the-united-states-trade-representative',
      'international-trade-administration',
      'u-s-customs-and-border-protection',
      'industry-and-security-bureau',
    ]);
    expect(p.get('order')).toBe('newest');
    expect(p.getAll('fields[]')).toContain('effective_on');
    const later = federalRegisterUrls({ now: WEEK2_NOW, lastSuccessAt: WEEK1_NOW });
    expect(later.map((u) => [q(u).get('conditions[publication_date][gte]'), q(u).get('conditions[publication_date][lte]')])).toEqual([
      ['2025-01-13', '2025-01-27'],
    ]);
  });
});

describe('us-federal-register (API replica filtering by agency, date and page)', () => {
  beforeAll(async () => {
    h = await openHarness('us-federal-register');
  });
  afterAll(async () => h?.close());

  it('the replica filters like the API (agency, dates, paging, bad input)', async () => {
    const base = h.url(API);
    const one = await (await fetch(`${base}?conditions[agencies][]=environmental-protection-agency&per_page=5`)).json();
    expect(one.count).toBe(1);
    const nov = await (
      await fetch(
        `${base}?conditions[agencies][]=international-trade-administration&conditions[publication_date][gte]=2024-11-01&conditions[publication_date][lte]=2024-11-30&per_page=20&order=newest`,
      )
    ).json();
    expect([nov.count, nov.total_pages, nov.results.length]).toEqual([22, 2, 20]);
    expect(nov.next_page_url).toMatch(/^https:\/\/www\.federalregister\.gov\/api\/v1\/documents\.json\?.*page=2/);
    const bad = await fetch(`${base}?per_page=5000`);
    expect(bad.status).toBe(400);
  });

  it('week1: one query per month window, paged, only the four agencies, only the look-back', async () => {
    h.replicas.clearRequests();
    const r = await h.crawl({ now: () => WEEK1_NOW });
    // 33 trade-agency documents in the fixture, 2 of them published before the 90-day look-back
    const inRange = week1.filter(
      (d) =>
        d.publication_date >= '2024-10-22' &&
        d.agencies.some((a) => a.slug !== 'environmental-protection-agency' && a.slug !== 'commerce-department' && a.slug !== 'homeland-security-department'),
    );
    expect(inRange).toHaveLength(31);
    expect(counts(r)).toEqual({ new: 31, changed: 0, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const pages = h.replicas
      .requests('us-federal-register')
      .filter((x) => x.path.startsWith(API))
      .map((x) => `${q(x.path).get('conditions[publication_date][gte]')}#${q(x.path).get('page')}`);
    // November (22 documents) needs a second page of 20, reached through next_page_url
    // (rewritten from the real host to the mirror); no request for an empty page after the last
    expect(pages).toEqual(['2025-01-01#null', '2024-12-01#null', '2024-11-01#null', '2024-11-01#2', '2024-10-22#null']);
    expect(await h.store.getNoticeByUrl(h.url(docPath('2024-26001')))).toBeNull();
    expect(await h.store.getNoticeByUrl(h.url(docPath('2024-21217')))).toBeNull();
  });

  it('maps every API field of a rule and of a notice without abstract', async () => {
    const rule = await h.latest(docPath('2024-28270'));
    expect({
      title: rule.notice.title,
      doc: rule.notice.docNumber,
      agency: rule.notice.agency,
      pub: rule.notice.publishedAt,
      eff: rule.notice.effectiveAt,
      lang: rule.notice.language,
    }).toEqual({
      title: 'Foreign Direct Product Rules; Advanced Computing and Semiconductor Manufacturing Items: Revisions',
      doc: '2024-28270',
      agency: 'Commerce Department, Industry and Security Bureau',
      pub: '2024-12-05',
      eff: '2024-12-02',
      lang: 'en',
    });
    // the full text (body_html_url), the abstract inside it as its SUMMARY and kept as the summary
    expect(rule.text).toContain('SUMMARY: BIS');
    expect(rule.text).toContain('adds 140 entities to the Entity List');
    expect(rule.text).toContain('Full text of document 2024-28270');
    expect(rule.text).not.toContain('Foreign Direct Product Rules; Advanced Computing and Semiconductor Manufacturing Items: Revisions\nAGENCY'); // no <title> from the document's head
    expect(rule.notice.summary).toMatch(/^BIS .*adds 140 entities to the Entity List/);
    // the official PDF from the API's pdf_url, typed by its extension (not downloaded: FR documents never change)
    expect(rule.attachments).toEqual([
      { name: '2024-28270.pdf', url: 'https://www.govinfo.gov/content/pkg/FR-2024-12-05/pdf/2024-28270.pdf', type: 'pdf', size: null, hash: null },
    ]);
    const noAbstract = await h.latest(docPath('2024-30533'));
    expect([noAbstract.notice.docNumber, noAbstract.notice.agency, noAbstract.notice.publishedAt, noAbstract.notice.effectiveAt]).toEqual([
      '2024-30533',
      'Homeland Security Department, U.S. Customs and Border Protection',
      '2024-12-30',
      null,
    ]);
    // no HTML body for this one: its plain text (raw_text_url); no abstract, so no summary
    expect(noAbstract.text).toContain('Full text of document 2024-30533');
    expect(noAbstract.text).toContain('AGENCY: DEPARTMENT OF HOMELAND SECURITY; U.S. Customs and Border Protection.');
    expect(noAbstract.notice.summary).toBeNull();
    // both full-text URLs were asked for in fields[], and each document's full text was fetched once
    const fullTexts = h.replicas.requests('us-federal-register').filter((x) => x.path.startsWith('/documents/full_text/'));
    expect(fullTexts.filter((x) => x.path.includes('2024-30533')).map((x) => x.path.split('/')[3])).toEqual(['text']);
    expect(fullTexts.filter((x) => x.path.includes('2024-28270')).map((x) => x.path.split('/')[3])).toEqual(['html']);
  });

  it('week2: only the new window is asked; two new documents, one corrected abstract', async () => {
    h.replicas.clearRequests();
    h.replicas.setState('week2');
    const r = await h.crawl({ now: () => WEEK2_NOW });
    expect(counts(r)).toEqual({ new: 2, changed: 2, removed: 0, errors: {}, status: 'ok', health: 'ok' });
    const asked = h.replicas.requests('us-federal-register').filter((x) => x.path.startsWith(API));
    expect(asked.every((x) => q(x.path).get('conditions[publication_date][gte]') === '2025-01-13')).toBe(true);
    const v = await h.latest(docPath('2025-00512'));
    expect(v.version).toBe(2);
    expect(v.text).toContain('March 31, 2025');
    expect(v.notice.summary).toContain('March 31, 2025');
    // a correction of the full text alone is a new version; the abstract (summary) is unchanged
    const corrected = await h.latest(docPath('2025-00731'));
    expect(corrected.version).toBe(2);
    expect(corrected.text).toContain('the second entry is corrected to read Macau');
    expect(corrected.notice.summary).toBe(
      'BIS revises license exception requirements for advanced integrated circuits and requires foundries to verify end users before exporting items to China and other destinations of concern.',
    );
    // unchanged documents in the window: their full text is not stored again
    expect((await h.notice(docPath('2025-00890'))).versionCount).toBe(1);
  });
});

describe('us-federal-register full text that cannot be read', () => {
  let h: SourceHarness;
  beforeAll(async () => {
    h = await openHarness('us-federal-register');
  });
  afterAll(async () => h?.close());

  it('keeps the abstract as text and counts it; once the full text answers, it is a new version', async () => {
    // a document inside the next run's window (a week before the last success)
    h.replicas.fault('us-federal-register', '/documents/full_text/html/2025/01/16/2025-00731.html', { kind: 'status', status: 404 });
    const r = await h.crawl({ now: () => WEEK1_NOW });
    expect(r.errors).toEqual({ 'full-text-unavailable': 1 });
    expect(r.newCount).toBe(31);
    const first = await h.latest(docPath('2025-00731'));
    expect(first.text).toBe(first.notice.summary);
    expect(first.text).toContain('requires foundries to verify end users');
    h.replicas.clearFaults('us-federal-register');
    const again = await h.crawl({ now: () => WEEK1_NOW });
    expect(again.errors).toEqual({});
    const v = await h.latest(docPath('2025-00731'));
    expect(v.version).toBe(2);
    expect(v.text).toContain('Full text of document 2025-00731');
  });
});
