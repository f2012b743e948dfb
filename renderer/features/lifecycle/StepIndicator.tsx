/** The lifecycle as a row of steps: done, current (highlighted), to come; path A or B/C. */
import { Box, Chip, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseLifecycle } from '../../../shared/domain/lifecycle/records';
import { lifecycleSteps } from './steps';

export function StepIndicator({ lifecycle }: { lifecycle: CaseLifecycle }) {
  const { t } = useTranslation();
  const view = lifecycleSteps(lifecycle.state, lifecycle.decision);
  const pathText =
    view.path === 'A' ? t('lc.pathA') : view.path === 'BC' ? t('lc.pathBC', { decision: lifecycle.decision ?? '' }) : t('lc.pathUnknown');
  const closed = lifecycle.state === 'closed';
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography data-testid="lifecycle-step" sx={{ fontWeight: 600 }}>
          {t('lc.current', { step: t(`lc.steps.${lifecycle.state}`) })}
        </Typography>
        <Chip size="small" label={pathText} variant="outlined" />
        {lifecycle.round > 1 && <Chip size="small" color="warning" label={t('lc.round', { round: lifecycle.round })} />}
      </Box>
      <Stepper activeStep={closed ? view.steps.length : view.activeIndex} alternativeLabel sx={{ overflowX: 'auto', pb: 0.5 }} aria-label={t('lc.title')}>
        {view.steps.map((step, index) => (
          <Step key={step} completed={closed || index < view.activeIndex}>
            <StepLabel
              aria-current={index === view.activeIndex ? 'step' : undefined}
              slotProps={{ label: { style: { fontSize: '0.75rem', fontWeight: index === view.activeIndex ? 700 : undefined } } }}
            >
              {t(`lc.steps.${step}`)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
    </Box>
  );
}
