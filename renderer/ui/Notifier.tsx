/**
 * Shows the current notice at the bottom, above the status bar — never over
 * a page's title — in the current language. Success and info notices hide
 * after NOTICE_HIDE_MS (the timer is ours: it does not wait for the window's
 * focus); warnings and errors stay until closed.
 */
import { Alert, Snackbar } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hidesByItself, NOTICE_HIDE_MS, useNotices } from '../state/notices';
import { translate } from '../i18n/translatable';

export function Notifier({ bottomOffset }: { bottomOffset: number }) {
  const { t } = useTranslation();
  const current = useNotices((s) => s.current);
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    if (!current || !hidesByItself(current.severity)) return;
    const timer = window.setTimeout(() => dismiss(current.id), NOTICE_HIDE_MS);
    return () => window.clearTimeout(timer);
  }, [current, dismiss]);
  return (
    <Snackbar
      key={current?.id}
      open={current !== null}
      onClose={(_event, reason) => {
        if (reason === 'escapeKeyDown' && current) dismiss(current.id);
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      sx={{ '&&': { bottom: bottomOffset + 8 } }}
    >
      <Alert severity={current?.severity ?? 'info'} variant="filled" onClose={() => current && dismiss(current.id)} sx={{ minWidth: 280 }} data-testid="notice">
        {current ? translate(t, current.text) : null}
      </Alert>
    </Snackbar>
  );
}
