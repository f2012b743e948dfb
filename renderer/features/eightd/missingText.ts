/**
 * Turns the 8D's stable codes into sentences: a missing reason
 * (`eightD.missing.<code>`, with the field's label and the record it is
 * about — "纠正措施「…」尚未验证") and a field error code
 * (`eightD.errors.<code>`, else the lifecycle's `lc.errors.<code>`, else
 * "invalid"). Pure apart from `t`.
 */
import type { TFunction } from 'i18next';
import type { EightDBundle } from '../../../shared/domain/eightd/records';
import type { EightDMissing } from '../../db/eightd-types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a child record is called in a sentence: its name or description. */
function recordName(bundle: EightDBundle | undefined, id: string | undefined): string {
  if (!bundle || !id) return '';
  const lists = [bundle.members.map((m) => ({ id: m.id, name: m.name })), bundle.containment, bundle.causes, bundle.correctives, bundle.prevention, bundle.checks.map((c) => ({ id: c.id, name: c.subject }))] as { id: string; name?: string; description?: string }[][];
  for (const list of lists) {
    const found = list.find((r) => r.id === id);
    if (found) return found.name ?? found.description ?? '';
  }
  return '';
}

export function eightDMissingText(reason: EightDMissing, t: TFunction, bundle?: EightDBundle): string {
  const translate = t as unknown as Translate;
  const field = reason.field ? translate(`eightD.fields.${reason.field}`, { defaultValue: reason.field }) : '';
  return translate(`eightD.missing.${reason.code}`, {
    field,
    record: recordName(bundle, reason.recordId),
    defaultValue: translate('eightD.missing.unknown', { code: reason.code }),
  });
}

export function eightDFieldErrorText(code: string | undefined, t: TFunction, params: { max?: number } = {}): string | undefined {
  if (!code) return undefined;
  const translate = t as unknown as Translate;
  return translate(`eightD.errors.${code}`, { ...params, defaultValue: translate(`lc.errors.${code}`, { defaultValue: translate('lc.errors.invalid') }) });
}
