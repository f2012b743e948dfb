/**
 * D8: close an approved report, signed by the head of quality (disabled with
 * the reasons while it may not be; a clerk without the role is told who may).
 * Re-opening is a revision of its own (ReopenBlock).
 */
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { FormMessage } from '../../ui/form/FormMessage';
import { useSettings } from '../../state/session';
import { SignDialog } from '../../ui/signing/SignDialog';
import { useSigning } from '../../ui/signing/useSigning';
import { WhoMaySign } from '../../ui/signing/WhoMaySign';
import { useEightD } from './eightDFileContext';
import { ReasonList } from './ReasonList';
import { useEightDForm, useEightDSignedWrite } from './useEightDForm';

export function CloseBlock() {
  const { t } = useTranslation();
  const { file } = useEightD();
  const settings = useSettings();
  const report = file.bundle.report;
  const form = useEightDForm();
  const signedWrite = useEightDSignedWrite();
  const signing = useSigning('closeEightD', { amountFen: null, matrix: settings.authorityMatrix });
  const [signingOpen, setSigningOpen] = useState(false);
  if (report.closedAt) {
    return (
      <Alert severity="success" data-testid="ed-closed">
        {t('eightD.closure.closedBy', { by: report.closedBy, time: formatDateTime(report.closedAt) })}
      </Alert>
    );
  }
  const meaning = t('sign.meaning.closeEightD', { number: report.number, caseNumber: file.caseNumber });
  return (
    <Stack spacing={1}>
      <ReasonList title={t('eightD.closure.cannotClose')} missing={file.closureMissing} testId="ed-closure-missing" />
      {report.approvedAt && !signing.myRole && <WhoMaySign signing={signing} />}
      <FormMessage message={form.message} />
      <Stack direction="row" spacing={1}>
        {signing.myRole && (
          <Button variant="contained" color="success" disabled={file.closureMissing.length > 0 || form.busy} onClick={() => setSigningOpen(true)}>
            {t('eightD.closure.close')}
          </Button>
        )}
      </Stack>
      {signingOpen && signing.myRole && (
        <SignDialog meaning={meaning} role={signing.myRole} onClose={() => setSigningOpen(false)} onSign={(password) => signedWrite((r) => r.eightD.close(report.id, { password, meaning }))} />
      )}
    </Stack>
  );
}
