/**
 * The persistent banner while this app is read-only (the share requires a
 * newer app, issue 4): shown above every page for as long as the sync slice
 * says so; every save meanwhile fails with ReadOnlyError (renderer/db).
 */
import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../../state/sync-store';

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const readOnly = useSyncStore((s) => s.readOnly);
  if (!readOnly) return null;
  return (
    <Alert severity="warning" square data-testid="read-only-banner" sx={{ borderRadius: 0 }}>
      {t('sync.readOnlyBanner')}
    </Alert>
  );
}
