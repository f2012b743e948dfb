/** D1 … D8 at a glance: complete or not, what is missing (as the chip's description), a click scrolls to the discipline. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Box, Chip, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EightDBundle } from '../../../shared/domain/eightd/records';
import type { DisciplineProgress } from '../../db/eightd-types';
import { eightDMissingText } from './missingText';

export function ProgressStrip({ progress, bundle }: { progress: readonly DisciplineProgress[]; bundle: EightDBundle }) {
  const { t } = useTranslation();
  return (
    <Box component="ol" aria-label={t('eightD.progress.label')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, m: 0, p: 0, listStyle: 'none' }} data-testid="ed-progress">
      {progress.map((p) => {
        const reasons = p.missing.map((m) => eightDMissingText(m, t, bundle)).join('；');
        const state = p.complete ? t('eightD.progress.complete') : t('eightD.progress.incomplete');
        return (
          <li key={p.discipline}>
            <Tooltip title={reasons || state}>
              <Chip
                icon={p.complete ? <CheckCircleIcon /> : <RadioButtonUncheckedIcon />}
                color={p.complete ? 'success' : 'default'}
                variant={p.complete ? 'filled' : 'outlined'}
                label={p.discipline}
                aria-label={`${t(`eightD.disciplines.${p.discipline}`)}：${state}${reasons ? `（${reasons}）` : ''}`}
                data-testid={`ed-progress-${p.discipline}`}
                data-complete={p.complete}
                onClick={() => document.getElementById(`ed-${p.discipline}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
              />
            </Tooltip>
          </li>
        );
      })}
    </Box>
  );
}
