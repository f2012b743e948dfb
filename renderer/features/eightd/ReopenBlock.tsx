/**
 * D8 修订: re-opens an approved (or closed) report as its next revision —
 * the reason (required) and the signature of a clerk who may approve it
 * (品质主管), in the sign dialog. A clerk without the role is told who may.
 * The approved revision stays frozen and can still be exported.
 */
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentRevision, MAX_REVISION_REASON, revisionLabel } from '../../../shared/domain/eightd/revisions';
import { useSettings } from '../../state/session';
import { SignDialog } from '../../ui/signing/SignDialog';
import { useSigning } from '../../ui/signing/useSigning';
import { WhoMaySign } from '../../ui/signing/WhoMaySign';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useEightDSignedWrite } from './useEightDForm';

export function ReopenBlock() {
  const { t } = useTranslation();
  const { file } = useEightD();
  const settings = useSettings();
  const report = file.bundle.report;
  const signedWrite = useEightDSignedWrite();
  const signing = useSigning('reopenEightD', { amountFen: null, matrix: settings.authorityMatrix });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!report.approvedAt) return null;
  const next = revisionLabel(currentRevision(report) + 1);
  const meaning = t('sign.meaning.reopenEightD', { number: report.number, revision: next, caseNumber: file.caseNumber });
  if (!signing.myRole) return <WhoMaySign signing={signing} />;
  const close = () => {
    setOpen(false);
    setReason('');
  };
  return (
    <Stack spacing={1} component="section" aria-label={t('eightD.revision.reopen', { label: next })}>
      <Typography variant="body2" color="text.secondary">
        {t('eightD.revision.reopenHelp', { label: next })}
      </Typography>
      <Box>
        <Button variant="outlined" onClick={() => setOpen(true)} data-testid="ed-reopen">
          {t('eightD.revision.reopen', { label: next })}
        </Button>
      </Box>
      {open && (
        <SignDialog
          meaning={meaning}
          role={signing.myRole}
          onClose={close}
          onSign={(password) =>
            reason.trim() === '' ? Promise.resolve({ message: t('eightD.revision.reasonRequired') }) : signedWrite((r) => r.eightD.reopen(report.id, reason, { password, meaning }))
          }
        >
          <EdTextField
            label={t('eightD.revision.reason')}
            value={reason}
            onChange={setReason}
            multiline
            minRows={2}
            required
            maxLength={MAX_REVISION_REASON}
            helperText={t('eightD.revision.reasonHelp')}
            slotProps={{ htmlInput: { 'data-testid': 'ed-reopen-reason' } }}
          />
        </SignDialog>
      )}
    </Stack>
  );
}
