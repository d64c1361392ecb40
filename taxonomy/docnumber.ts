const ORG = '[\\u4e00-\\u9fa5（）()]{1,24}';
// Ordered by how specific they are; the first pattern with a hit wins.
const PATTERNS: RegExp[] = [
  // 商务部公告2024年第33号, 财政部 税务总局公告2024年第15号, 商务部 海关总署公告2023年第23号
  new RegExp(`(?:${ORG}(?:\\s+${ORG})*\\s*)?公告\\s*(?:〔|\\[|［)?\\s*\\d{4}\\s*(?:〕|\\]|］)?\\s*年?\\s*第?\\s*\\d{1,4}\\s*号`, 'u'),
  // 国发〔2018〕43号, 财税〔2024〕15号, 汇发〔2024〕11号, 国办发〔2024〕9号
  new RegExp(`${ORG}(?:〔|\\[|［|（|\\()\\s*\\d{4}\\s*(?:〕|\\]|］|）|\\))\\s*第?\\s*\\d{1,4}\\s*号`, 'u'),
  // 国家发展改革委 商务部令第23号, 商务部令2024年第1号
  new RegExp(`${ORG}(?:\\s+${ORG})*令\\s*(?:\\d{4}\\s*年\\s*)?第\\s*\\d{1,4}\\s*号`, 'u'),
  /\b(?:Executive Order|E\.O\.|EO)\s*(?:No\.\s*)?(1\d{4})\b/,
  /\bProclamation\s+(?:No\.\s*)?(\d{4,5})\b/,
  /\b(?:Commission |Council )?(?:Implementing |Delegated )?(?:Regulation|Decision|Directive)\s+\((?:EU|EC|EEC|CFSP)\)\s*(?:No\s*)?\d{2,4}\/\d{1,4}\b/,
  /\bFR Doc\.?\s*(?:No\.\s*)?(\d{4}-\d{4,6})\b/,
  /\b\d{1,3}\s+FR\s+\d{3,6}\b/,
  /\b(?:Notification|Notice|Trade Notice|Public Notice)\s+No\.\s*[\w/.-]*\d[\w/.-]*/,
];

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s，,：:。]+/, '').trim();
}

/** The issuing document number (发文字号 / EO / FR Doc / EU regulation number), or null. */
export function extractDocNumber(title: string, text = ''): string | null {
  for (const src of [title, text.slice(0, 20000)]) {
    for (const re of PATTERNS) {
      const m = re.exec(src);
      if (!m) continue;
      if (re.source.includes('Executive Order')) return `EO ${m[1]}`;
      if (re.source.includes('FR Doc')) return m[1];
      let s = tidy(m[0]);
      // Drop lead-in words that are not part of the issuer's name.
      s = s.replace(/^(?:根据|按照|依据|依照|关于|现将|见|参见|详见|发布|印发|下发|经|即|和|及|与|的)+/u, '');
      return s;
    }
  }
  // A bare Federal Register document number such as 2024-12345 (only with FR context).
  const fr = /(?:Federal Register|FR)[^.\n]{0,40}?\b(20\d{2}-\d{5})\b/.exec(`${title}\n${text.slice(0, 20000)}`);
  return fr ? fr[1] : null;
}
