/** D4: one cause on the fishbone as read: the cause, its 5-Why chain, root-cause mark, verification; 编辑 / 删除. */
import { Box, Button, Chip, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EightDCause } from '../../../shared/domain/eightd/records';
import { FormMessage } from '../../ui/form/FormMessage';
import { useEightDForm } from './useEightDForm';

export function CauseCard({ cause, onEdit, readOnly }: { cause: EightDCause; onEdit: () => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const form = useEightDForm();
  return (
    <Paper variant="outlined" sx={{ p: 1, borderColor: cause.isRootCause ? 'warning.main' : undefined, borderWidth: cause.isRootCause ? 2 : 1 }} data-testid="ed-cause">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {cause.description}
        {cause.isRootCause && <Chip size="small" color="warning" label={t('eightD.causes.rootCause')} sx={{ ml: 0.5 }} />}
      </Typography>
      {cause.whys.length > 0 && (
        <Box component="ol" sx={{ m: 0, pl: 2.5, typography: 'caption' }} aria-label={t('eightD.causes.whys')}>
          {cause.whys.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </Box>
      )}
      {cause.verification && (
        <Typography variant="caption" component="div" color="text.secondary">
          {t('eightD.causes.verification')}：{cause.verification}
        </Typography>
      )}
      {!readOnly && (
        <Box>
          <Button size="small" onClick={onEdit}>
            {t('eightD.common.edit')}
          </Button>
          <Button size="small" color="error" disabled={form.busy} onClick={() => void form.submit((r) => r.eightD.causes.remove(cause.id))}>
            {t('eightD.common.remove')}
          </Button>
        </Box>
      )}
      <FormMessage message={form.message} />
    </Paper>
  );
}
