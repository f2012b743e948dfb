/** 不良率, computed live from the quantities (shared defectRatePercent). */
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { defectRatePercent, type CaseIntake } from '../../../shared/domain/case';

export function formatDefectRate(intake: CaseIntake): string | null {
  const rate = defectRatePercent(intake);
  return rate === null || !Number.isFinite(rate) ? null : `${rate.toFixed(2)} %`;
}

export function DefectRate({ intake }: { intake: CaseIntake }) {
  const { t } = useTranslation();
  const text = formatDefectRate(intake);
  return (
    <Box role="group" aria-labelledby="intake-defect-rate-label" sx={{ pt: 0.5 }}>
      <Typography id="intake-defect-rate-label" variant="caption" color="text.secondary" component="div">
        {t('fields.defectRate')}
      </Typography>
      <Typography component="output" aria-live="polite" data-testid="defect-rate" sx={{ fontSize: '1.125rem', fontWeight: 600 }}>
        {text ?? t('common.empty')}
      </Typography>
      {text === null && (
        <Typography variant="caption" color="text.secondary" component="div">
          {t('hints.defectRateUnknown')}
        </Typography>
      )}
    </Box>
  );
}
