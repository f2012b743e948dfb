/**
 * i18next set-up. 简体中文 is the default; the language follows the settings
 * (per PC) and can be overridden for one session with `?lang=en` in the URL.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/settings';
import { en } from './en';
import { zhCN } from './zh-CN';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=en` (before or inside the hash) wins over the stored setting for this page load. */
export function languageFromUrl(location: Pick<Location, 'search' | 'hash'> = window.location): Language | null {
  const fromSearch = new URLSearchParams(location.search).get('lang');
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?') + 1) : '';
  const fromHash = new URLSearchParams(hashQuery).get('lang');
  for (const candidate of [fromSearch, fromHash]) {
    if (candidate === 'en' || candidate?.toLowerCase().startsWith('en')) return 'en';
    if (candidate?.toLowerCase().startsWith('zh')) return 'zh-CN';
  }
  return null;
}

let override: Language | null = null;

/** The language forced by the URL for this page load, until the user picks one. */
export function languageOverride(): Language | null {
  return override;
}

export function clearLanguageOverride(): void {
  override = null;
}

/** The language to show before the settings are loaded. */
export function startupLanguage(): Language {
  override = languageFromUrl();
  return override ?? DEFAULT_LANGUAGE;
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const applyToDocument = (lng: string) => {
    document.documentElement.lang = lng;
    document.title = i18next.t('app.title');
  };
  applyToDocument(language);
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}
