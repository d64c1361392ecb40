import { describe, expect, it } from 'vitest';
import { inlineDatastore } from '../../crawler/extract/datastore.ts';
import { jsonField } from '../../crawler/extract/fields.ts';
import { extractHtmlList } from '../../crawler/extract/list.ts';
import { parseSource } from '../../crawler/source.ts';

const PAGE = `<html><body><div id="1"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1"></a>]]></nextgroup>
<recordset>
<record><![CDATA[
<li><a href="/art/2024/6/5/art_1_2.html" title="关于A的通知">关于A的通知</a><span>2024-06-05</span></li>
]]></record>
<record><![CDATA[<li><a href="/art/2024/6/4/art_1_1.html">关于B&amp;C的通知</a><span>2024-06-04</span></li>]]></record>
</recordset></datastore></script></div>
<script>var x = "<li>not a record</li>";</script></body></html>`;

describe('Hanweb datastore lists', () => {
  it('lifts the records into the page, leaves other scripts alone', () => {
    const out = inlineDatastore(PAGE);
    expect(out).toContain('<div class="datastore-records"><li><a href="/art/2024/6/5/art_1_2.html"');
    expect(out).not.toContain('<datastore>');
    expect(out).not.toContain('dataproxy.jsp');
    expect(out).toContain('var x = "<li>not a record</li>"');
  });

  it('is the identity on pages without a datastore', () => {
    const html = '<ul><li><a href="/a.html">A</a></li></ul><script type="text/xml"><x/></script>';
    expect(inlineDatastore(html)).toBe(html);
  });

  it('the list extractor sees the records as rows', () => {
    const page = extractHtmlList(PAGE, 'http://h.example/col/col1/index.html', {
      kind: 'html',
      url: '/',
      item: '.datastore-records li',
      fields: { date: 'span' },
    });
    expect(page.items.map((i) => [i.url, i.title, i.date])).toEqual([
      ['http://h.example/art/2024/6/5/art_1_2.html', '关于A的通知', '2024-06-05'],
      ['http://h.example/art/2024/6/4/art_1_1.html', '关于B&C的通知', '2024-06-04'],
    ]);
  });
});

describe('field templates', () => {
  it('puts the value at {} (URLs from API record ids)', () => {
    expect(jsonField({ docId: 1163581 }, { selector: 'docId', template: '/doc/data_docId={}.json' })).toBe('/doc/data_docId=1163581.json');
    expect(jsonField({}, { selector: 'docId', template: '/doc/{}.json' })).toBeNull();
  });

  it('a template without {} is rejected by the schema', () => {
    const bad = {
      id: 'x',
      name: 'x',
      agency: 'x',
      country: 'CN',
      language: 'zh',
      baseUrl: 'http://x.example',
      list: { kind: 'json', url: '/l', fields: { title: 't', link: { selector: 'id', template: '/doc.json' } } },
    };
    expect(() => parseSource(bad)).toThrow(/template/);
  });
});
