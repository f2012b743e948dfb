import { useTranslation } from 'react-i18next';

/** Translates a validation code (validation.<code>); a message the repository sent in words is shown as is. */
export function useErrorText(code: string | undefined): string | undefined {
  const { t, i18n } = useTranslation();
  if (code === undefined) return undefined;
  const key = `validation.${code}`;
  return i18n.exists(key) ? String(t(key as 'validation.required')) : code;
}
