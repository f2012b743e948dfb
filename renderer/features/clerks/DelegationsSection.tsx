/**
 * 委托授权 (seed 000 §3.6 DOA), a section of the settings page beside the
 * clerk list: the office's delegations of approval authority, in force,
 * upcoming and ended; a manager delegates his own approver role, an admin
 * anyone's; the delegator or an admin ends one early. Nothing is deleted.
 * Every clerk sees the list (they may be asked to sign for someone).
 */
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELEGABLE_ROLES, delegationStatus, type Delegation, type DelegationStatus } from '../../../shared/domain/clerks/delegation';
import { isActingAdmin } from '../../../shared/domain/clerks/clerk';
import { notify } from '../../state/notices';
import { useClerk, useRepositories } from '../../state/session';
import { formatDateTime } from '../../ui/dates';
import { useClerkList } from '../../ui/useClerkList';
import { useDelegations } from '../../ui/useDelegations';
import { useNow } from '../../ui/useNow';
import { DelegationDialog } from './DelegationDialog';
import { DelegationHistory } from './DelegationHistory';
import { delegationErrorText } from './delegationText';

const ORDER: readonly DelegationStatus[] = ['inForce', 'upcoming', 'ended'];
const STATUS_COLOR = { inForce: 'success', upcoming: 'info', ended: 'default' } as const;

export function DelegationsSection() {
  const { t } = useTranslation();
  const me = useClerk();
  const repositories = useRepositories();
  const { clerks } = useClerkList();
  const { delegations, reload } = useDelegations();
  const now = useNow(60_000);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Delegation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const isAdmin = !!me && isActingAdmin(me);
  const holdsApproverRole = (roles: readonly string[]) => DELEGABLE_ROLES.some((r) => roles.includes(r));
  const delegators = (clerks ?? []).filter((c) => c.active && holdsApproverRole(c.roles) && (isAdmin || c.id === me?.id));
  const mayEnd = (d: Delegation) => !!me && (isAdmin || me.id === d.delegatorId);

  const sorted = [...(delegations ?? [])].map((d) => ({ d, status: delegationStatus(d, now) })).sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || (a.d.from < b.d.from ? -1 : a.d.from > b.d.from ? 1 : 0));

  const end = async (d: Delegation) => {
    setFailure(null);
    try {
      await repositories.delegations.end(d.id);
      setEnding(null);
      reload();
      notify('delegation.ended');
    } catch (error) {
      setEnding(null);
      setFailure(delegationErrorText(error, t));
    }
  };

  return (
    <Box data-testid="delegations-section">
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('delegation.intro')}
      </Typography>
      {failure && (
        <Alert severity="error" sx={{ my: 1 }} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      {delegations !== null && delegations.length === 0 ? (
        <Typography color="text.secondary">{t('delegation.none')}</Typography>
      ) : (
        <Table size="small" aria-label={t('delegation.section')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('delegation.status')}</TableCell>
              <TableCell>{t('delegation.delegator')}</TableCell>
              <TableCell>{t('delegation.delegate')}</TableCell>
              <TableCell>{t('delegation.role')}</TableCell>
              <TableCell>{t('delegation.period', { from: t('delegation.from'), to: t('delegation.to') })}</TableCell>
              <TableCell>{t('delegation.reason')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map(({ d, status }) => (
              <TableRow key={d.id} data-testid="delegation-row" data-status={status} sx={{ opacity: status === 'ended' ? 0.6 : 1 }}>
                <TableCell>
                  <Chip size="small" color={STATUS_COLOR[status]} label={t(`delegation.statuses.${status}`)} />
                  {d.endedAt && (
                    <Typography variant="body2" color="text.secondary">
                      {t('delegation.endedEarly', { time: formatDateTime(d.endedAt) })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{d.delegatorName}</TableCell>
                <TableCell>{d.delegateName}</TableCell>
                <TableCell>{t(`roles.${d.role}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('delegation.period', { from: d.from, to: d.to })}</TableCell>
                <TableCell>{d.reason}</TableCell>
                <TableCell>
                  {status !== 'ended' && mayEnd(d) && (
                    <Button size="small" color="warning" onClick={() => setEnding(d)}>
                      {t('delegation.endEarly')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {delegators.length > 0 && (
        <Button variant="outlined" sx={{ mt: 1.5 }} onClick={() => setAdding(true)}>
          {t('delegation.add')}
        </Button>
      )}
      <DelegationHistory version={delegations} />
      {adding && (
        <DelegationDialog
          delegators={delegators}
          clerks={clerks ?? []}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            reload();
            notify('delegation.saved');
          }}
        />
      )}
      {ending && (
        <Dialog open onClose={() => setEnding(null)} aria-labelledby="delegation-end-title">
          <DialogTitle id="delegation-end-title">{t('delegation.endEarly')}</DialogTitle>
          <DialogContent>{t('delegation.endConfirm', { delegate: ending.delegateName, delegator: ending.delegatorName })}</DialogContent>
          <DialogActions>
            <Button onClick={() => setEnding(null)}>{t('common.cancel')}</Button>
            <Button color="warning" variant="contained" onClick={() => void end(ending)}>
              {t('delegation.endEarly')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
