/** The case number pattern with a live example and the shared pattern check. */
import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber, numberingContext, type PatternProblem } from '../../../shared/domain/numbering';
import { sessionNow } from '../../state/session';

interface Props {
  value: string;
  station: string;
  problem: PatternProblem | null;
  onChange: (value: string) => void;
}

export function PatternField({ value, station, problem, onChange }: Props) {
  const { t } = useTranslation();
  const example = problem === null ? formatCaseNumber(value, numberingContext(sessionNow(), station || 'B'), 1) : null;
  return (
    <TextField
      name="caseNumberPattern"
      label={t('settings.pattern')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={problem !== null}
      helperText={
        <>
          <span data-testid="pattern-preview">{problem ? t(`pattern.${problem}`) : t('settings.patternPreview', { example: example ?? '' })}</span>
          <br />
          {t('settings.patternHelp')}
        </>
      }
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      sx={{ maxWidth: 480 }}
    />
  );
}
