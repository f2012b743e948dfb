import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function ErrorFallback({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Box role="alert" sx={{ p: 3, maxWidth: 720 }}>
      <Alert severity="error" variant="outlined">
        <AlertTitle>{t('errorBoundary.title')}</AlertTitle>
        <Typography sx={{ mb: 1.5 }}>{t('errorBoundary.body')}</Typography>
        <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontSize: 12, bgcolor: 'grey.100', p: 1, borderRadius: 1, mb: 1.5 }}>
          {error.message}
        </Box>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('errorBoundary.reload')}
        </Button>
      </Alert>
    </Box>
  );
}
