/** For a month: whether its 客户投诉案件统计表 was issued (when, by whom), or — for the quality clerks and the admin — the button that marks it issued. */
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_ISSUER_ROLES } from '../../../shared/domain/statistics/monthly-report';
import { notify } from '../../state/notices';
import { useClerk, useRepositories } from '../../state/session';
import { formatDateTime } from '../../ui/dates';
import { errorText } from '../../ui/errors';
import { useMonthlyReports } from '../../ui/useMonthlyReports';

export function ReportIssueLine({ month }: { month: string }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const repositories = useRepositories();
  const { issues, loaded } = useMonthlyReports();
  const [busy, setBusy] = useState(false);
  const issue = issues.get(month);
  if (!loaded) return null;
  if (issue)
    return (
      <Typography variant="body2" color="success.main" data-testid="report-issued">
        {t('statistics.report.issuedLine', { month, time: formatDateTime(issue.issuedAt), by: issue.issuedBy })}
      </Typography>
    );
  if (!clerk?.roles.some((r) => REPORT_ISSUER_ROLES.includes(r))) return null;
  const mark = async () => {
    setBusy(true);
    try {
      await repositories.monthlyReports.markIssued(month);
      notify('statistics.report.marked', { month });
    } catch (error) {
      notify('statistics.report.failed', { message: errorText(error) }, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" size="small" disabled={busy} onClick={() => void mark()} sx={{ alignSelf: 'flex-start' }}>
      {t('statistics.report.markMonth', { month })}
    </Button>
  );
}
