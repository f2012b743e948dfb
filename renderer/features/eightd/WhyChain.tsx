/** The 5-Why chain of a cause as fields: 为什么 1 … n, one more (up to MAX_WHYS), drop the last. */
import { Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MAX_WHYS } from '../../../shared/domain/eightd/records';
import { MAX_LONG_TEXT } from '../../../shared/domain/eightd/validation';
import { EdTextField } from './EdTextField';

export function WhyChain({ whys, onChange, errorCode }: { whys: readonly string[]; onChange: (whys: string[]) => void; errorCode?: string }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} sx={{ flex: '1 1 100%' }} role="group" aria-label={t('eightD.causes.whys')}>
      {whys.map((why, i) => (
        <EdTextField
          key={i}
          label={t('eightD.causes.why', { n: i + 1 })}
          value={why}
          onChange={(v) => onChange(whys.map((w, j) => (j === i ? v : w)))}
          errorCode={i === whys.length - 1 ? errorCode : undefined}
          maxLength={MAX_LONG_TEXT}
          fullWidth
        />
      ))}
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="outlined" disabled={whys.length >= MAX_WHYS} onClick={() => onChange([...whys, ''])}>
          {t('eightD.causes.addWhy')}
        </Button>
        {whys.length > 0 && (
          <Button size="small" onClick={() => onChange(whys.slice(0, -1))}>
            {t('eightD.causes.removeWhy')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
