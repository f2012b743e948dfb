/** What a refused sign-in says: wrong password (tries left), locked until HH:mm, deactivated, no password yet. */
import type { TFunction } from 'i18next';
import type { SignInResult } from '../../db/types';
import { formatDateTime } from '../../ui/dates';

export function signInMessage(result: Exclude<SignInResult, { ok: true }>, t: TFunction): string {
  switch (result.reason) {
    case 'wrongPassword':
      return t('signIn.wrongPassword', { count: result.attemptsLeft });
    case 'locked':
      return t('signIn.locked', { time: formatDateTime(result.lockedUntil).slice(-5) });
    case 'deactivated':
      return t('signIn.deactivated');
    case 'noPassword':
      return t('signIn.noPassword');
    case 'unknownClerk':
      return t('signIn.unknownClerk');
  }
}
