/**
 * Who may edit master data: the office's admins (issue 16.4). Everyone reads
 * it and picks from it at intake, where a clerk may also add an entry on the
 * spot for an admin to confirm.
 */
import { useIsAdmin } from '../../state/session';

export function useCanEditMasterData(): boolean {
  return useIsAdmin();
}
