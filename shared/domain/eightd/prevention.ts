/**
 * D7: "more inspection" and audits are not prevention (seed 002 D7 b:
 * 增加检验不能算作改善措施…稽核不要加入到预防改善行动中). Prevention changes the
 * system so the problem cannot happen again (FMEA, control plan,
 * specification, work instruction, design, error-proofing); inspecting or
 * auditing more only finds it later. Detected from the description text, in
 * Chinese and English. Pure.
 *
 * Deliberately narrow: an inspection word only counts together with a word
 * that makes it MORE (加强/增加/加严…, more/additional/tighten…), with at most
 * a few known qualifiers in between (出货/外观…, final/visual…), so legitimate
 * prevention that mentions inspection ("更新PFMEA检验项目的探测度", "add a
 * sensor check") passes. Text that replaces or removes an inspection
 * ("以防错装置取代人工全检", "replace 100% inspection by a fixture") passes too.
 */

/** Full-width digits, %, letters and spaces to half-width; lower case; runs of white space to one space. */
function normalise(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

const ZH_MORE = '(?:加强|增加|增设|加严|加大|提高|强化|严格)';
const ZH_QUALIFIER = '(?:对[^，,。；;]{0,10}?的|了|的|出货|出厂|来料|进料|过程|制程|成品|半成品|首件|末件|外观|尺寸|巡回|最终|人工|目视|产品|批次|抽样)*';
const ZH_INSPECTION = '(?:检验|检查|巡检|抽检|全检|复检|检测频次|检测频率|抽样|检验频次|检验频率|检查频次|检查频率|检验数量|抽检比例)';

const EN_MORE =
  '(?:more|additional|extra|increased?|increasing|raise|raised|double|doubled|tight(?:er|en|ened|ening)|strict(?:er)?|intensif(?:y|ied|ying)|strengthen(?:ed|ing)?|enhanced?|reinforced?|add|added|adding|full|100 ?%)';
const EN_QUALIFIER = '(?:(?:the|a|an|of|on|to|visual|final|outgoing|incoming|manual|in-process|process|product|quality|sampling|dimensional|appearance|receiving|100 ?%) )*';
const EN_INSPECTION = '(?:inspections?|inspecting|checks?|checking|screening|sorting|sampling (?:rate|size|frequency|level))';

const PATTERNS: RegExp[] = [
  new RegExp(`${ZH_MORE}${ZH_QUALIFIER}${ZH_INSPECTION}`),
  /全检|100%(?:检验|检查|全检|检测)|百分之百(?:检验|检查)|百分百(?:检验|检查)/,
  /稽核|审核频次|审核频率|(?:增加|加强|定期|加大|强化)(?:\S{0,4})?审核|(?:增加|加强)(?:\S{0,4})?监督检查/,
  new RegExp(`\\b${EN_MORE} ${EN_QUALIFIER}${EN_INSPECTION}\\b`),
  /\b(?:increase|raise|double|tighten|intensify)s? (?:the )?(?:inspection|sampling|checking|audit)(?: (?:frequency|rate|level|size|plan))?\b/,
  /\b(?:inspections?|checks?|sampling) (?:\w+ ){0,3}(?:tightened|increased|intensified|strengthened|doubled)\b/,
  /\binspect(?:ed|ing)? (?:\w+ ){0,2}(?:more|every|all|each|twice)\b/,
  /\baudit(?:s|ed|ing|or|ors)?\b/,
];

/** Words before a match that turn it around: the inspection is replaced or removed. */
const ZH_REVERSAL = /(?:取消|替代|代替|取代|免除|不再|无需|减少|去除)\S{0,4}$/;
const EN_REVERSAL = /\b(?:instead of|replac(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|no longer|without|rather than|reduc(?:e|es|ed|ing))\b[^.;,]{0,30}$/;

/** The description proposes more inspection or an audit as "prevention". */
export function isInspectionNotPrevention(description: string): boolean {
  const text = normalise(description);
  for (const pattern of PATTERNS) {
    const global = new RegExp(pattern.source, 'g');
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!ZH_REVERSAL.test(before) && !EN_REVERSAL.test(before)) return true;
      if (m[0].length === 0) global.lastIndex++;
    }
  }
  return false;
}
