import { Alert, Snackbar } from '@mui/material';
import { useNotices } from './notify';

export function Notifier() {
  const current = useNotices((s) => s.current);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <Snackbar
      key={current?.id}
      open={current !== null}
      autoHideDuration={6000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway' && current) dismiss(current.id);
      }}
      anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      sx={{ mt: 5 }}
    >
      <Alert severity={current?.severity ?? 'info'} variant="filled" onClose={() => current && dismiss(current.id)} sx={{ minWidth: 280 }}>
        {current?.message}
      </Alert>
    </Snackbar>
  );
}
