/**
 * The helper line of a text field with a length limit: its message (error
 * or hint) and, once the text nears the limit, a "length / max" counter
 * that turns red past it. One home for intake, 8D and lifecycle fields.
 */
import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showsCounter } from '../../../shared/domain/intakeValidation';

export function LimitHelperText({ message, length, limit }: { message: ReactNode; length: number; limit: number | undefined }) {
  const { t } = useTranslation();
  if (!showsCounter(length, limit)) return <>{message}</>;
  return (
    <Box component="span" sx={{ display: 'flex', gap: 1 }}>
      <Box component="span" sx={{ flex: 1 }}>
        {message}
      </Box>
      <Box component="span" data-testid="char-counter" sx={{ fontVariantNumeric: 'tabular-nums', color: limit !== undefined && length > limit ? 'error.main' : undefined }}>
        {t('intake.counter', { length, max: limit ?? 0 })}
      </Box>
    </Box>
  );
}
