import { Chip, Paper, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A settings section; `scope` says whether it is the whole office's (replicated, with history) or this PC's alone. */
export function SettingsSection({ id, title, scope, children }: { id: string; title: string; scope?: 'office' | 'pc'; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2.5, mb: 2 }}>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center' }}>
        <Typography component="h2" variant="h2" id={id}>
          {title}
        </Typography>
        {scope === 'office' && (
          <Tooltip title={t('office.scopeOffice')}>
            <Chip size="small" color="primary" variant="outlined" label={t('office.scopeChip')} data-testid={`${id}-scope`} />
          </Tooltip>
        )}
        {scope === 'pc' && <Chip size="small" variant="outlined" label={t('office.scopePc')} data-testid={`${id}-scope`} />}
      </Stack>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}
