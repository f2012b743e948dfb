/** One discipline of the 8D page: a titled block with its completeness and what is still missing. */
import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discipline } from '../../../shared/domain/eightd/records';
import { useEightD } from './eightDFileContext';
import { eightDMissingText } from './missingText';

export function EdSection({ discipline, children, actions }: { discipline: Discipline; children: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const progress = file.progress.find((p) => p.discipline === discipline);
  const id = `ed-${discipline}`;
  return (
    <Paper component="section" aria-labelledby={`${id}-title`} id={id} variant="outlined" sx={{ p: 2, mb: 2, scrollMarginTop: 16 }} data-testid={`ed-section-${discipline}`}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5, gap: 1 }}>
        <Typography component="h2" variant="h3" id={`${id}-title`} sx={{ flex: 1, fontSize: '1.125rem', fontWeight: 600 }}>
          {t(`eightD.disciplines.${discipline}`)}
        </Typography>
        {progress && <Chip size="small" color={progress.complete ? 'success' : 'default'} label={progress.complete ? t('eightD.progress.complete') : t('eightD.progress.incomplete')} />}
        {actions}
      </Stack>
      {progress && !progress.complete && progress.missing.length > 0 && (
        <Alert severity="info" sx={{ mb: 1.5 }} data-testid={`ed-missing-${discipline}`}>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {progress.missing.map((m, i) => (
              <li key={i}>{eightDMissingText(m, t, file.bundle)}</li>
            ))}
          </Box>
        </Alert>
      )}
      <Stack spacing={1.5}>{children}</Stack>
    </Paper>
  );
}
