import i18next from 'i18next';
import { useEffect } from 'react';
import { languageOverride } from '../i18n';
import { useSessionStore } from '../state/session';

/** Shows the language stored in the settings of this PC, unless the URL asked for another one. */
export function useLanguageFromSettings(): void {
  const language = useSessionStore((s) => s.settings?.language);
  useEffect(() => {
    const wanted = languageOverride() ?? language;
    if (wanted && i18next.resolvedLanguage !== wanted) void i18next.changeLanguage(wanted);
  }, [language]);
}
