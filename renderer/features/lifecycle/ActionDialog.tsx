/**
 * Confirms one lifecycle action; asks for a reason (and a target for send
 * back) where the action needs one, and for the signer's password where the
 * action is a signed step (closing, accepting the disposition, confirming
 * the costs: signatures/steps.ts).
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendBackTargets } from '../../../shared/domain/lifecycle/machine';
import type { CaseState, LifecycleAction, MissingReason } from '../../../shared/domain/lifecycle/states';
import { REASON_ACTIONS } from './actionLists';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { LcTextField } from './LcTextField';
import { missingText } from '../../ui/case-file/missingText';
import { errorMessage } from '../../ui/errors';
import { text } from '../../i18n/translatable';
import { notify } from '../../state/notices';
import { useSettings } from '../../state/session';
import { SIGNED_ACTIONS } from '../../../shared/domain/signatures/steps';
import { SignatureFields } from '../../ui/signing/SignatureFields';
import { signingErrorText } from '../../ui/signing/signingText';
import { useSigning } from '../../ui/signing/useSigning';
import { WhoMaySign } from '../../ui/signing/WhoMaySign';

interface Props {
  action: LifecycleAction;
  onClose: () => void;
}

export function ActionDialog({ action, onClose }: Props) {
  const { t } = useTranslation();
  const { file, write } = useCaseFileApi();
  const state = file.lifecycle.state;
  const targets = action === 'send_back' ? sendBackTargets(state) : [];
  const [reason, setReason] = useState('');
  const [to, setTo] = useState<CaseState | ''>(targets[targets.length - 1] ?? '');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<readonly MissingReason[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const needsReason = REASON_ACTIONS.has(action);
  const settings = useSettings();
  const step = SIGNED_ACTIONS[action];
  const signing = useSigning(step ?? 'closeCase', { amountFen: null, matrix: settings.authorityMatrix });
  const signRole = step ? signing.myRole : null;
  const [password, setPassword] = useState('');
  const [signError, setSignError] = useState<string | null>(null);
  const meaning = step ? t(`sign.meaning.${step}`, { caseNumber: file.case.caseNumber }) : '';
  const label = t(`lc.actions.${action}`);
  const reasonMissing = missing.some((m) => m.code === 'reasonMissing');

  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    setSignError(null);
    const signed = step ? { password, meaning } : undefined;
    const result = await write((r) => r.lifecycle.transition(file.case.id, { action, reason: needsReason ? reason : undefined, to: to === '' ? undefined : to }, signed));
    setBusy(false);
    setPassword('');
    if (result.ok) {
      notify('lc.current', { step: text(`lc.steps.${result.value.to}`) });
      onClose();
      return;
    }
    const f = result.failure;
    if (f.kind === 'refused') setMissing(f.missing);
    else if (f.kind === 'fields') setSignError(signingErrorText(f.fieldErrors, t) ?? t('lc.errors.fixFields'));
    else if (f.kind === 'locked') setFailure(t('lc.errors.locked'));
    else setFailure(t('lc.errors.generic', { message: f.kind === 'other' ? errorMessage(f.error, t) : f.kind }));
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="lc-action-title" fullWidth maxWidth="sm">
      <DialogTitle id="lc-action-title">{label}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {!needsReason && !step && <DialogContentText>{t('lc.dialog.confirmBody', { action: label })}</DialogContentText>}
          {action === 'send_back' && (
            <ChoiceSelect label={t('lc.dialog.target')} value={to} choices={targets} text={(s) => t(`lc.steps.${s}`)} onChange={setTo} />
          )}
          {needsReason && (
            <LcTextField
              label={t('lc.dialog.reason')}
              value={reason}
              onChange={setReason}
              multiline
              minRows={2}
              required
              autoFocus
              helperText={t('lc.dialog.reasonHelp')}
              errorCode={reasonMissing ? 'required' : undefined}
            />
          )}
          {step && signRole && <SignatureFields meaning={meaning} role={signRole} password={password} onPassword={setPassword} error={signError} autoFocus />}
          {step && !signRole && <WhoMaySign signing={signing} />}
          {missing.filter((m) => m.code !== 'reasonMissing').length > 0 && (
            <Alert severity="error" role="alert">
              {missing
                .filter((m) => m.code !== 'reasonMissing')
                .map((m) => missingText(m, file.view.returnLines, t))
                .join(' ')}
            </Alert>
          )}
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('lc.dialog.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={busy || (step !== undefined && !signRole)}>
          {step ? t('sign.submit') : t('lc.dialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
