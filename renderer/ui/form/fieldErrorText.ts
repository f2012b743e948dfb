/** A field error code (the repositories' validation: required, tooLong …) as the message under the field. */
import type { TFunction } from 'i18next';

/** Field error code → message (unknown codes fall back to "invalid"). */
export function fieldErrorText(code: string | undefined, t: TFunction): string | undefined {
  if (!code) return undefined;
  return t(`lc.errors.${code}` as 'lc.errors.invalid', { defaultValue: t('lc.errors.invalid') });
}
