/**
 * The general extraction fixes the second replica variants exposed: document
 * links inside a body whose source names an attachment block, every document
 * extension named, 海关 issuers, a joint signature over the posting office's
 * 来源 label, "Effective <date>" at a sentence start.
 */
import { describe, expect, it } from 'vitest';
import { extractDetail } from '../../crawler/extract/detail.ts';
import { chooseIssuer } from '../../crawler/extract/issuer.ts';
import { attachmentType } from '../../crawler/extract/urls.ts';
import { splitIssuers } from '../../taxonomy/issuers.ts';

const source = (detail: object) => ({ agency: '某某局', detail }) as Parameters<typeof extractDetail>[1]['source'];

describe('attachments', () => {
  it('keeps a body document link when the source names an attachment block, in page order', () => {
    const html = `<html><body><h1>关于某事的通知</h1><div class="TRS_Editor"><p>正文。</p><p><a href="/a/form.xlsx">信息表</a></p><p><a href="/a/page.html">相关阅读</a></p></div>
<div class="fujian"><a href="/a/guide.pdf">指引</a><a href="/a/download?id=9">下载</a></div></body></html>`;
    const f = extractDetail(html, { url: 'https://x.gov.cn/a/t.html', source: source({ body: '.TRS_Editor', attachments: '.fujian a' }) });
    expect(f.attachments.map((a) => `${a.name}|${a.type}`)).toEqual(['信息表|xlsx', '指引|pdf', '下载|other']);
  });

  it('names every document extension as itself', () => {
    expect(['a.csv', 'b.ODT', 'c.pptx?x=1', 'd.ofd', 'e.html', 'f'].map(attachmentType)).toEqual(['csv', 'odt', 'pptx', 'ofd', null, null]);
  });
});

describe('issuers', () => {
  it('reads a customs district as an issuer', () => {
    expect(splitIssuers('四川省商务厅　成都海关')).toEqual(['四川省商务厅', '成都海关']);
  });

  it('prefers the signed joint list to a 来源 label naming one of its offices', () => {
    const got = chooseIssuer([
      { signal: 'field', agencies: ['福建省商务厅'] },
      { signal: 'label', agencies: ['福建省商务厅办公室'] },
      { signal: 'signature', agencies: ['福建省商务厅', '福建省财政厅'] },
    ]);
    expect(got).toEqual({ agency: '福建省商务厅 福建省财政厅', agencies: ['福建省商务厅', '福建省财政厅'], signal: 'signature' });
  });

  it('still keeps the office when the wider list names unrelated bodies', () => {
    const got = chooseIssuer([
      { signal: 'label', agencies: ['商务部办公厅'] },
      { signal: 'docNumber', agencies: ['财政部', '税务总局'] },
    ]);
    expect(got.agencies).toEqual(['商务部办公厅']);
  });
});

describe('effective dates', () => {
  it('reads "Effective August 1, 2026" at a sentence start', () => {
    const html = '<html><body><h1>Guidance</h1><div class="b"><p>Effective August 1, 2026, copper articles are subject to duties.</p></div></body></html>';
    const f = extractDetail(html, { url: 'https://x.gov/b', source: source({ body: '.b' }) });
    expect(f.effectiveAt).toBe('2026-08-01');
  });
});
