/**
 * Read access to the session for the features: the one place that knows the
 * shape of the session store (renderer/state/session-store.ts).
 */
import type { Settings, SettingsPatch } from '../../shared/domain/settings';
import { isActingAdmin } from '../../shared/domain/clerks/clerk';
import type { Clerk, Repositories } from '../db/types';
import { sessionStore, useSessionStore } from './session-store';

export { sessionStore, useSessionStore };

/** Only mounted below the "ready" gate, so the repositories exist. */
export function useRepositories(): Repositories {
  const repositories = useSessionStore((s) => s.repositories);
  if (!repositories) throw new Error('The database is not open yet.');
  return repositories;
}

export function useSettings(): Settings {
  const settings = useSessionStore((s) => s.settings);
  if (!settings) throw new Error('The settings are not loaded yet.');
  return settings;
}

/**
 * The session's actions, called through the store (selecting a method out of
 * the state would detach it from its object).
 */
export const sessionActions = {
  setUpFirstClerk: (name: string, department: string, password: string) => sessionStore.getState().setUpFirstClerk(name, department, password),
  claimLegacyClerk: (password: string) => sessionStore.getState().claimLegacyClerk(password),
  signIn: (clerkId: string, password: string) => sessionStore.getState().signIn(clerkId, password),
  lock: () => sessionStore.getState().lock(),
  changeOwnPassword: (currentPassword: string, newPassword: string) => sessionStore.getState().changeOwnPassword(currentPassword, newPassword),
  refreshClerk: () => sessionStore.getState().refreshClerk(),
  setStationCode: (code: string) => sessionStore.getState().setStationCode(code),
  updateSettings: (patch: SettingsPatch, basis?: Settings) => sessionStore.getState().updateSettings(patch, basis),
};

/** The session's clock, the renderer's one source of "now" (tests inject theirs into the session store). */
export function sessionNow(): number {
  return sessionStore.getState().now();
}

export function useClerk(): Clerk | null {
  return useSessionStore((s) => s.clerk);
}

/** The signed-in clerk is an active admin (settings, master data and clerks are theirs to change). */
export function useIsAdmin(): boolean {
  const clerk = useClerk();
  return isActingAdmin(clerk ?? undefined);
}
