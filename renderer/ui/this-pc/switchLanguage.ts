/**
 * Switching the UI language: applied at once, and stored in the settings of
 * this PC (a `?lang=` override in the URL stops applying once the user picks).
 */
import i18next from 'i18next';
import type { Language } from '../../../shared/domain/settings';
import { clearLanguageOverride } from '../../i18n';
import { sessionActions, sessionStore } from '../../state/session';

export async function switchLanguage(language: Language): Promise<void> {
  clearLanguageOverride();
  await i18next.changeLanguage(language);
  const { settings } = sessionStore.getState();
  if (settings && settings.language !== language) await sessionActions.updateSettings({ language });
}
