/**
 * On the 责任 tab: when responsibility is due by rule (responsibility-rule.ts),
 * what happens to the percent still undecided and by when — info while
 * waiting, a warning from the reminder on, an error once overdue.
 */
import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { responsibilityDeadline, responsibilityRuleStatus } from '../../../shared/domain/lifecycle/responsibility-rule';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { formatDateTime } from '../../ui/dates';
import { useNow } from '../../ui/useNow';
import { ofRound } from '../../../shared/domain/lifecycle/states';

const SEVERITY = { waiting: 'info', warned: 'warning', due: 'error' } as const;

export function ResponsibilityRuleNotice() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const now = useNow(60_000);
  const lc = file.lifecycle;
  const shares = ofRound(file.view, file.view.shares);
  const status = responsibilityRuleStatus({ state: lc.state, shares, deadline: responsibilityDeadline(file.deadlines), applied: lc.responsibilityRuleRound === lc.round }, now);
  if (status.stage === 'off' || !status.dueAt) return null;
  return (
    <Alert severity={SEVERITY[status.stage]} data-testid="responsibility-rule" sx={{ mb: 2 }}>
      {t(`lc.responsibilityRule.${status.stage}`, { due: formatDateTime(status.dueAt), percent: status.remainderTenths / 10 })}
    </Alert>
  );
}
