import { useTranslation } from 'react-i18next';

/**
 * Translates a validation code (validation.<code>, with `params` such as the
 * limit of 'tooLong'); a message the repository sent in words is shown as is.
 */
export function useErrorText(code: string | undefined, params?: Record<string, string | number>): string | undefined {
  const { t, i18n } = useTranslation();
  if (code === undefined) return undefined;
  const key = `validation.${code}`;
  return i18n.exists(key) ? String((t as unknown as (key: string, params?: object) => string)(key, params)) : code;
}
