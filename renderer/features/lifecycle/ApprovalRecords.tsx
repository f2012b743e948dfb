/** Approval and rejection records, oldest first; never overwritten. */
import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../shared/domain/lifecycle/money';
import { formatDateTime } from '../../ui/dates';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';

export function ApprovalRecords() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  if (file.approvals.length === 0) return <Typography color="text.secondary">{t('lc.decision.noApprovals')}</Typography>;
  return (
    <List dense disablePadding aria-label={t('lc.decision.approvals')}>
      {file.approvals.map((a) => (
        <ListItem key={a.id} divider data-testid="approval-record">
          <ListItemText
            primary={t('lc.decision.recordLine', {
              outcome: t(`lc.decision.outcome.${a.outcome}`),
              role: t(`lc.roles.${a.approverRole}`),
              name: a.onBehalfOfName ? t('delegation.signedFor', { name: a.approverName, delegator: a.onBehalfOfName }) : a.approverName,
              decision: a.decision,
              amount: formatYuan(a.amountFen),
              time: formatDateTime(a.at),
            })}
            secondary={a.reason || undefined}
          />
        </ListItem>
      ))}
    </List>
  );
}
