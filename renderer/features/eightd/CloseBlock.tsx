/** D8: close an approved report (disabled with the reasons while it may not be), or re-open an approved or closed one (its approval is cleared). */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { FormMessage } from '../../ui/form/FormMessage';
import { useEightD } from './eightDFileContext';
import { ReasonList } from './ReasonList';
import { useEightDForm } from './useEightDForm';

export function CloseBlock() {
  const { t } = useTranslation();
  const { file } = useEightD();
  const report = file.bundle.report;
  const form = useEightDForm();
  if (report.closedAt) {
    return (
      <Stack spacing={1}>
        <Alert severity="success" data-testid="ed-closed">
          {t('eightD.closure.closedBy', { by: report.closedBy, time: formatDateTime(report.closedAt) })}
        </Alert>
        <FormMessage message={form.message} />
        <Box>
          <Button variant="outlined" disabled={form.busy} onClick={() => void form.submit((r) => r.eightD.reopen(report.id))}>
            {t('eightD.closure.reopen')}
          </Button>
        </Box>
      </Stack>
    );
  }
  return (
    <Stack spacing={1}>
      <ReasonList title={t('eightD.closure.cannotClose')} missing={file.closureMissing} testId="ed-closure-missing" />
      <FormMessage message={form.message} />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" color="success" disabled={file.closureMissing.length > 0 || form.busy} onClick={() => void form.submit((r) => r.eightD.close(report.id))}>
          {t('eightD.closure.close')}
        </Button>
        {report.approvedAt && (
          <Button variant="outlined" disabled={form.busy} onClick={() => void form.submit((r) => r.eightD.reopen(report.id))}>
            {t('eightD.closure.reopen')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
