/**
 * Says so when this start rebuilt the database from the durable journal
 * (the browser had thrown it away: renderer/db/journal-restore.ts), until
 * the clerk acknowledges it.
 */
import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { sessionStore, useSessionStore } from '../../state/session';

export function RebuiltBanner() {
  const { t } = useTranslation();
  const rebuilt = useSessionStore((s) => s.rebuilt);
  if (!rebuilt) return null;
  return (
    <Alert
      severity="info"
      square
      data-testid="rebuilt-banner"
      sx={{ borderRadius: 0 }}
      action={
        <Button color="inherit" size="small" onClick={() => sessionStore.getState().dismissRebuilt()}>
          {t('app.rebuiltDismiss')}
        </Button>
      }
    >
      <AlertTitle>{t('app.rebuiltTitle')}</AlertTitle>
      {t('app.rebuiltBody', { writes: rebuilt.writes, ops: rebuilt.ops })}
      {rebuilt.damaged > 0 && ` ${t('app.rebuiltDamaged', { count: rebuilt.damaged })}`}
    </Alert>
  );
}
