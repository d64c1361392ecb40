/**
 * Character folding shared by the automaton and its patterns: ASCII case, full-width
 * ASCII forms and curly apostrophes fold to plain ASCII; every kind of white space folds
 * to one space. One UTF-16 unit in, one out, so offsets in the input stay valid.
 */
export function foldCode(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c === 9 || c === 10 || c === 13) return 32;
    return c;
  }
  if (c >= 0xff01 && c <= 0xff5e) {
    c -= 0xfee0;
    return c >= 65 && c <= 90 ? c + 32 : c;
  }
  if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200b) return 32;
  if (c === 0x2019 || c === 0x2018) return 39;
  if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011) return 45;
  return c;
}

/** Folds a pattern the same way the scanner folds text, collapsing runs of spaces. */
export function foldPattern(s: string): string {
  let out = '';
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = foldCode(s.charCodeAt(i));
    if (c === 32) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    out += String.fromCharCode(c);
  }
  return out.trimEnd();
}

/** ASCII letters and digits: the characters a Latin term must not touch on either side. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

export function hasCjk(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}

/** zh when CJK characters make up a noticeable share of the letters. */
export function detectLang(s: string): 'zh' | 'en' {
  const sample = s.length > 4000 ? s.slice(0, 4000) : s;
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk * 3 >= latin ? (cjk > 0 ? 'zh' : 'en') : 'en';
}
