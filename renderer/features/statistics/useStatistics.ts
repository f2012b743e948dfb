/**
 * The statistics of a period from the ledger rows in memory and the master
 * data (shared/domain/statistics computeStatistics, one pass), with the
 * repeat complaints of the period (shared/domain/repeats repeatCounts).
 * Recomputed only when the rows, the master data, the period or the basis
 * change.
 */
import { useMemo } from 'react';
import type { InstantRange } from '../../../shared/domain/factory-calendar';
import { repeatCounts } from '../../../shared/domain/repeats';
import { computeStatistics, type PeriodStatistics, type StatsBasis } from '../../../shared/domain/statistics/statistics';
import { useLedgerStore } from '../../state/ledger-store';
import { useSettings } from '../../state/session';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { useRepeatIndex } from '../../ui/useRepeatIndex';

export interface StatisticsView {
  stats: PeriodStatistics;
  repeats: ReturnType<typeof repeatCounts>;
}

export function useStatistics(range: InstantRange, basis: StatsBasis, nowMs: number): StatisticsView {
  const entries = useLedgerStore((s) => s.entries);
  const { entries: masterData } = useMasterEntries();
  const { deadlineRules } = useSettings();
  const repeatIndex = useRepeatIndex();
  const rows = useMemo(() => entries.map((e) => e.row), [entries]);
  const stats = useMemo(
    () => computeStatistics(rows, { range, masterData, basis, nowMs, closureRules: deadlineRules }),
    [rows, range, masterData, basis, nowMs, deadlineRules],
  );
  const repeats = useMemo(() => repeatCounts(repeatIndex, range), [repeatIndex, range]);
  return { stats, repeats };
}
