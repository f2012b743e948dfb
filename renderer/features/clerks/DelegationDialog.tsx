/**
 * A new delegation of approval authority (委托授权): who delegates (the
 * signed-in manager himself; an admin chooses any holder of an approver
 * role), to whom, which role, from and to which factory day, and why. The
 * rules are shared/domain/clerks/delegation.ts; a refusal shows at its
 * field and nothing is written.
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELEGABLE_ROLES, DELEGATION_REASON_LIMIT, type DelegableRole } from '../../../shared/domain/clerks/delegation';
import { factoryDate } from '../../../shared/domain/factory-calendar';
import { ValidationFailedError, type Clerk } from '../../db/types';
import { sessionNow, useRepositories } from '../../state/session';
import { delegationErrorText, delegationProblemText } from './delegationText';

interface Props {
  /** The clerks who may be chosen as delegator (the signed-in manager alone, or for an admin every holder of an approver role). */
  delegators: readonly Clerk[];
  clerks: readonly Clerk[];
  onClose: () => void;
  onSaved: () => void;
}

const FIELDS = ['delegator', 'delegate', 'role', 'from', 'to', 'reason'] as const;
const rolesOf = (clerk: Clerk | undefined): DelegableRole[] => DELEGABLE_ROLES.filter((r) => clerk?.roles.includes(r));

export function DelegationDialog({ delegators, clerks, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const today = factoryDate(sessionNow());
  const [delegatorId, setDelegatorId] = useState(delegators[0]?.id ?? '');
  const [delegateId, setDelegateId] = useState('');
  const [role, setRole] = useState<string>(rolesOf(delegators[0]).at(-1) ?? '');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const delegator = delegators.find((c) => c.id === delegatorId);
  const delegates = clerks.filter((c) => c.active && !c.deleted && c.id !== delegatorId);

  const chooseDelegator = (id: string) => {
    setDelegatorId(id);
    setRole(rolesOf(delegators.find((c) => c.id === id)).at(-1) ?? '');
  };

  const save = async () => {
    setBusy(true);
    setFailure(null);
    setProblems({});
    try {
      await repositories.delegations.create({ delegatorId, delegateId, role, from, to, reason });
      onSaved();
    } catch (error) {
      if (error instanceof ValidationFailedError) setProblems(error.fieldErrors);
      setFailure(delegationErrorText(error, t, FIELDS));
      setBusy(false);
    }
  };
  const help = (field: (typeof FIELDS)[number], fallback?: string) => delegationProblemText(problems[field], t) ?? fallback;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="delegation-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          void save();
        }}
      >
        <DialogTitle id="delegation-dialog-title">{t('delegation.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select name="delegator" label={t('delegation.delegator')} value={delegatorId} onChange={(e) => chooseDelegator(e.target.value)} error={!!problems.delegator} helperText={help('delegator')} disabled={delegators.length < 2}>
              {delegators.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField select name="role" label={t('delegation.role')} value={role} onChange={(e) => setRole(e.target.value)} error={!!problems.role} helperText={help('role')}>
              {rolesOf(delegator).map((r) => (
                <MenuItem key={r} value={r}>
                  {t(`roles.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select name="delegate" label={t('delegation.delegate')} value={delegateId} onChange={(e) => setDelegateId(e.target.value)} error={!!problems.delegate} helperText={help('delegate')} required>
              {delegates.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                  {c.department ? ` · ${c.department}` : ''}
                </MenuItem>
              ))}
            </TextField>
            <Stack direction="row" spacing={2}>
              <TextField type="date" name="from" label={t('delegation.from')} value={from} onChange={(e) => setFrom(e.target.value)} error={!!problems.from} helperText={help('from')} slotProps={{ inputLabel: { shrink: true } }} fullWidth />
              <TextField type="date" name="to" label={t('delegation.to')} value={to} onChange={(e) => setTo(e.target.value)} error={!!problems.to} helperText={help('to')} slotProps={{ inputLabel: { shrink: true } }} fullWidth />
            </Stack>
            <TextField name="reason" label={t('delegation.reason')} value={reason} onChange={(e) => setReason(e.target.value)} error={!!problems.reason} helperText={help('reason', t('delegation.reasonHelp'))} required slotProps={{ htmlInput: { maxLength: DELEGATION_REASON_LIMIT } }} />
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
