/**
 * How the printed 8D report (templates/eightD.ts) shows its fixed texts: one
 * language, or both (中文 with the English below or beside it, as the other
 * forms print their labels). The words themselves are the Word export's
 * table, shared/report/labels.ts, so the paper and the .docx say the same.
 */
import type { Discipline } from '../../domain/eightd/records';
import { DISCIPLINE_TITLES, type LabelPair } from '../../report/labels';
import { html, type SafeHtml } from '../escape';
import { label } from '../layout';
import type { EightDFormData } from '../types';

export type Lang = Pick<EightDFormData, 'language' | 'bilingual'>;

/** A heading or label cell: 中文<br><small>English</small> when bilingual, else the one language. */
export function tl(o: Lang, [zh, en]: LabelPair): SafeHtml {
  if (o.bilingual) return label(zh, en);
  return html`${o.language === 'en' ? en : zh}`;
}

/** A value text (role, status …): "组长 Leader" when bilingual, else the one language. */
export function tv(o: Lang, [zh, en]: LabelPair): string {
  if (o.bilingual) return zh === en ? zh : `${zh} ${en}`;
  return o.language === 'en' ? en : zh;
}

/** The words of an enum value as tv gives them ('' gives '', an unknown value itself). */
export function tvOf<T extends string>(o: Lang, table: Record<T, LabelPair>, value: T | ''): string {
  if (value === '') return '';
  return Object.prototype.hasOwnProperty.call(table, value) ? tv(o, table[value]) : value;
}

/** A discipline's heading as a pair: ["D4 根本原因分析", "D4 Root Cause Analysis"]. */
export function disciplineTitle(d: Discipline): LabelPair {
  const [zh, en] = DISCIPLINE_TITLES[d];
  return [`${d} ${zh}`, `${d} ${en}`];
}
