/**
 * D8: approval by the head of quality (settings.eightD.qualityHeads). The
 * button is disabled while the report may not be approved, with the reasons
 * under it (e.g. "you are not a head of quality — set in 设置"); a refusal by
 * the repository keeps the comment.
 */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../../ui/dates';
import { FormMessage } from '../../ui/form/FormMessage';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { ReasonList } from './ReasonList';
import { useEightDForm } from './useEightDForm';

export function ApprovalBlock() {
  const { t } = useTranslation();
  const { file } = useEightD();
  const report = file.bundle.report;
  const form = useEightDForm();
  const [comment, setComment] = useState('');

  if (report.approvedAt) {
    return (
      <Alert severity="success" data-testid="ed-approved">
        {t('eightD.closure.approvedBy', { by: report.approvedBy, time: formatDateTime(report.approvedAt) })}
        {report.approvalComment && ` ${t('eightD.closure.commentQuoted', { comment: report.approvalComment })}`}
      </Alert>
    );
  }
  const blocked = file.approvalMissing.length > 0;
  return (
    <Stack spacing={1} component="section" aria-label={t('eightD.closure.approval')}>
      <EdTextField label={t('eightD.closure.comment')} value={comment} onChange={setComment} errorCode={form.fieldErrors.comment} multiline fullWidth />
      <ReasonList
        title={t('eightD.closure.cannotApprove')}
        missing={file.approvalMissing}
        testId="ed-approval-missing"
        action={
          <Button component={RouterLink} to="/settings" color="inherit" size="small">
            {t('eightD.closure.openSettings')}
          </Button>
        }
      />
      <FormMessage message={form.message} />
      <Box>
        <Button variant="contained" disabled={blocked || form.busy} onClick={() => void form.submit((r) => r.eightD.approve(report.id, comment))}>
          {t('eightD.closure.approve')}
        </Button>
      </Box>
    </Stack>
  );
}
