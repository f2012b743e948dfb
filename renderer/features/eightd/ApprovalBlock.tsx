/**
 * D8: approval by the head of quality (品质主管), signed with their password.
 * The button is disabled while the report may not be approved, with the
 * reasons under it; a clerk without the role is told who may sign; a
 * refusal by the repository keeps the comment.
 */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { ReasonList } from './ReasonList';
import { useEightDSignedWrite } from './useEightDForm';
import { useSettings } from '../../state/session';
import { SignDialog } from '../../ui/signing/SignDialog';
import { useSigning } from '../../ui/signing/useSigning';
import { WhoMaySign } from '../../ui/signing/WhoMaySign';

export function ApprovalBlock() {
  const { t } = useTranslation();
  const { file } = useEightD();
  const settings = useSettings();
  const report = file.bundle.report;
  const signedWrite = useEightDSignedWrite();
  const signing = useSigning('approveEightD', { amountFen: null, matrix: settings.authorityMatrix });
  const [comment, setComment] = useState('');
  const [signingOpen, setSigningOpen] = useState(false);

  if (report.approvedAt) {
    return (
      <Alert severity="success" data-testid="ed-approved">
        {t('eightD.closure.approvedBy', { by: report.approvedBy, time: formatDateTime(report.approvedAt) })}
        {report.approvalComment && ` ${t('eightD.closure.commentQuoted', { comment: report.approvalComment })}`}
      </Alert>
    );
  }
  const missing = file.approvalMissing.filter((m) => m.code !== 'notQualityHead');
  const meaning = t('sign.meaning.approveEightD', { number: report.number, caseNumber: file.caseNumber });
  return (
    <Stack spacing={1} component="section" aria-label={t('eightD.closure.approval')}>
      <EdTextField label={t('eightD.closure.comment')} value={comment} onChange={setComment} multiline fullWidth />
      <ReasonList title={t('eightD.closure.cannotApprove')} missing={missing} testId="ed-approval-missing" />
      {signing.myRole ? (
        <Box>
          <Button variant="contained" disabled={missing.length > 0} onClick={() => setSigningOpen(true)}>
            {t('eightD.closure.approve')}
          </Button>
        </Box>
      ) : (
        <WhoMaySign signing={signing} />
      )}
      {signingOpen && signing.myRole && (
        <SignDialog meaning={meaning} role={signing.myRole} onClose={() => setSigningOpen(false)} onSign={(password) => signedWrite((r) => r.eightD.approve(report.id, comment, { password, meaning }))} />
      )}
    </Stack>
  );
}
