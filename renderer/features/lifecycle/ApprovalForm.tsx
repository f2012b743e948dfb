/**
 * Approves or rejects the decision (a rejection needs its reason), signed:
 * the signed-in clerk whose roles may approve the amount (authority matrix)
 * re-enters their password in the signing dialog and signs "批准退货 … 元".
 * Anyone else is told who may sign it.
 */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../shared/domain/lifecycle/money';
import type { ApprovalOutcome } from '../../../shared/domain/lifecycle/records';
import { notify } from '../../state/notices';
import { useSettings } from '../../state/session';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { useSignedWrite } from '../../ui/case-file/useWriteForm';
import { SignDialog } from '../../ui/signing/SignDialog';
import { useSigning } from '../../ui/signing/useSigning';
import { WhoMaySign } from '../../ui/signing/WhoMaySign';
import { LcTextField } from './LcTextField';

export function ApprovalForm() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const settings = useSettings();
  const signedWrite = useSignedWrite();
  const amountFen = file.lifecycle.decisionAmountFen;
  const signing = useSigning('approveReturn', { amountFen, matrix: settings.authorityMatrix });
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [signingOutcome, setSigningOutcome] = useState<ApprovalOutcome | null>(null);
  if (!signing.myRole) return <WhoMaySign signing={signing} />;
  const role = signing.myRole;
  const open = (outcome: ApprovalOutcome) => {
    if (outcome === 'rejected' && !reason.trim()) return setReasonError('required');
    setReasonError(undefined);
    setSigningOutcome(outcome);
  };
  const step = signingOutcome === 'rejected' ? 'rejectReturn' : 'approveReturn';
  const meaning = t(`sign.meaning.${step}`, { amount: formatYuan(amountFen ?? 0), caseNumber: file.case.caseNumber });
  return (
    <Stack spacing={1.5}>
      <LcTextField label={t('lc.decision.rejectReason')} value={reason} onChange={setReason} errorCode={reasonError} />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" color="success" onClick={() => open('approved')}>
          {t('lc.decision.approve')}
        </Button>
        <Button variant="outlined" color="error" onClick={() => open('rejected')}>
          {t('lc.decision.reject')}
        </Button>
      </Box>
      {signingOutcome && (
        <SignDialog
          meaning={meaning}
          role={role}
          onClose={() => setSigningOutcome(null)}
          onSign={async (password) => {
            const outcome = await signedWrite((r) => r.lifecycle.recordApproval(file.case.id, { outcome: signingOutcome, reason }, { password, meaning }));
            if (outcome === null) notify(`lc.decision.outcome.${signingOutcome}`);
            return outcome;
          }}
        >
          {/* A delegate signs with their own password, on the delegator's authority (委托授权). */}
          {signing.onBehalfOf && (
            <Alert severity="info" data-testid="signing-on-behalf">
              {t('delegation.signingFor', { delegator: signing.onBehalfOf.delegatorName })}
            </Alert>
          )}
        </SignDialog>
      )}
    </Stack>
  );
}
