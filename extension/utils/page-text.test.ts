import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, locate } from './page-text.ts';

describe('collectText', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <h1>LED lamp</h1>
      <p>Ships to <b>Germany</b></p>
      <script>var lithium = 'batteries';</script>
      <style>.solar { color: red }</style>
      <input value="photovoltaic">
      <textarea>steel</textarea>
      <div contenteditable="true">draft: copper</div>
      <div hidden>hidden spec: rubber</div>
      <div aria-hidden="true">icon text</div>
      <policy-radar-layer>our card</policy-radar-layer>
      <p>   </p>`;
  });

  it('reads visible text only, one chunk per text node', () => {
    const pt = collectText(document.body);
    expect(pt.text).toBe('LED lamp\nShips to \nGermany');
    expect(pt.chunks.map((c) => c.node.data)).toEqual(['LED lamp', 'Ships to ', 'Germany']);
  });

  it('maps offsets back to nodes, refusing spans across nodes', () => {
    const pt = collectText(document.body);
    const at = locate(pt, pt.text.indexOf('Germany'), pt.text.indexOf('Germany') + 7)!;
    expect(at.node.data).toBe('Germany');
    expect([at.from, at.to]).toEqual([0, 7]);
    expect(locate(pt, 4, 8)).toMatchObject({ from: 4, to: 8 });
    expect(locate(pt, 6, 12)).toBeNull();
  });

  it('reads only new text nodes when given the seen set', () => {
    const seen = new WeakSet<Text>();
    collectText(document.body, seen);
    const li = document.createElement('li');
    li.textContent = 'lithium batteries';
    document.body.append(li);
    expect(collectText(document.body, seen).text).toBe('lithium batteries');
    expect(collectText(document.body, seen).text).toBe('');
  });
});
