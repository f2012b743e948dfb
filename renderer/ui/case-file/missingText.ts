/**
 * Turns a MissingReason of the state machine into a sentence: the code picks
 * `lc.missing.<code>`, its params fill it (roles translated, return lines
 * named "第 n 行" in the order of the case's lines). Pure apart from `t`.
 */
import type { TFunction } from 'i18next';
import type { ReturnLine } from '../../../shared/domain/lifecycle/records';
import type { MissingReason } from '../../../shared/domain/lifecycle/states';

export function lineLabel(lines: readonly Pick<ReturnLine, 'id'>[], lineId: string | undefined, t: TFunction): string {
  const index = lines.findIndex((l) => l.id === lineId);
  return t('lc.returns.line', { n: index >= 0 ? index + 1 : '?' });
}

export function missingText(reason: MissingReason, lines: readonly Pick<ReturnLine, 'id'>[], t: TFunction): string {
  const params: Record<string, string | number> = { ...(reason.params ?? {}) };
  for (const key of ['requiredRole', 'approverRole'] as const) {
    const role = params[key];
    if (typeof role === 'string') params[key] = t(`lc.roles.${role}` as 'lc.roles.gm', { defaultValue: role });
  }
  if (typeof params.problem === 'string') params.problem = t(`lc.errors.${params.problem}` as 'lc.errors.invalid', { defaultValue: params.problem });
  params.line = lineLabel(lines, reason.lineId, t);
  const translate = t as unknown as (key: string, options: Record<string, string | number>) => string;
  return translate(`lc.missing.${reason.code}`, params);
}
