/**
 * 月报提醒 (issue 17.6): from the first workday of a month until last month's
 * 客户投诉案件统计表 is marked issued, the quality clerks (品质 QE, 品质主管)
 * and the admin see it here, due by the 10th (overdue after), with the way
 * to the 统计 page and to mark it issued.
 */
import { Alert, Button } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createWorkingCalendar } from '../../../shared/domain/lifecycle/calendar';
import { REPORT_ISSUER_ROLES, reportReminder } from '../../../shared/domain/statistics/monthly-report';
import { notify } from '../../state/notices';
import { useClerk, useRepositories, useSettings } from '../../state/session';
import { errorText } from '../../ui/errors';
import { useMonthlyReports } from '../../ui/useMonthlyReports';
import { useNow } from '../../ui/useNow';

export function MonthlyReportReminder() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clerk = useClerk();
  const repositories = useRepositories();
  const { workingHours, holidayOverrides } = useSettings();
  const calendar = useMemo(() => createWorkingCalendar({ periods: workingHours, overrides: holidayOverrides }), [workingHours, holidayOverrides]);
  const { issues, loaded } = useMonthlyReports();
  const now = useNow(10 * 60_000);
  const [busy, setBusy] = useState(false);
  const reminder = useMemo(() => reportReminder(now, new Set(issues.keys()), calendar), [now, issues, calendar]);
  if (!loaded || !reminder || !clerk?.roles.some((r) => REPORT_ISSUER_ROLES.includes(r))) return null;
  const mark = async () => {
    setBusy(true);
    try {
      await repositories.monthlyReports.markIssued(reminder.month);
      notify('statistics.report.marked', { month: reminder.month });
    } catch (error) {
      notify('statistics.report.failed', { message: errorText(error) }, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      severity={reminder.overdue ? 'error' : 'warning'}
      data-testid="wb-monthly-report"
      action={
        <>
          <Button color="inherit" size="small" onClick={() => void navigate('/statistics')}>
            {t('statistics.report.open')}
          </Button>
          <Button color="inherit" size="small" disabled={busy} onClick={() => void mark()}>
            {t('statistics.report.markIssued')}
          </Button>
        </>
      }
    >
      {t(reminder.overdue ? 'statistics.report.overdue' : 'statistics.report.due', { month: reminder.month, date: reminder.dueDate })}
    </Alert>
  );
}
