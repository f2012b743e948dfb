/** Why a step (approve, close) is not possible yet, as sentences. */
import { Alert, AlertTitle, Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDMissing } from '../../db/eightd-types';
import { useEightD } from './eightDFileContext';
import { eightDMissingText } from './missingText';

export function ReasonList({ title, missing, testId, action }: { title: string; missing: readonly EightDMissing[]; testId: string; action?: ReactNode }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  if (missing.length === 0) return null;
  return (
    <Alert severity="warning" data-testid={testId} action={action}>
      <AlertTitle>{title}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {missing.map((m, i) => (
          <li key={i}>
            {m.discipline} · {eightDMissingText(m, t, file.bundle)}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
