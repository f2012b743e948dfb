/** The months whose report was marked issued (office data), followed through the change feed: the workbench's reminder and the 统计 page read it. */
import { useCallback, useEffect, useState } from 'react';
import type { MonthlyReportIssue } from '../../shared/domain/statistics/monthly-report';
import { useRepositories } from '../state/session';
import { useTableChanges } from './useRecordChanges';

export function useMonthlyReports(): { issues: ReadonlyMap<string, MonthlyReportIssue>; loaded: boolean } {
  const repositories = useRepositories();
  const [issues, setIssues] = useState<ReadonlyMap<string, MonthlyReportIssue> | null>(null);
  const load = useCallback(() => {
    repositories.monthlyReports.issued().then(
      (list) => setIssues(new Map(list.map((i) => [i.month, i]))),
      (error: unknown) => console.error('Could not read the monthly report marks', error),
    );
  }, [repositories]);
  useEffect(load, [load]);
  useTableChanges(['monthlyReports'], load);
  return { issues: issues ?? new Map(), loaded: issues !== null };
}
