/**
 * The period's numbers (issue 17.1): the key figures, the breakdowns (by
 * customer, model, defect type, severity, category, market, responsible
 * department with ratios, supplier), losses, and on-time per deadline kind.
 * Everything comes from one computeStatistics result (useStatistics.ts).
 */
import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain/lifecycle/records';
import type { ComplaintCategory, Severity } from '../../../shared/domain/lifecycle/triage';
import type { CostKind } from '../../../shared/domain/lifecycle/records';
import { useNavigate } from 'react-router';
import type { BreakdownItem } from '../../../shared/domain/statistics/tally';
import { ledgerStore } from '../../state/ledger-store';
import { BreakdownTable } from './BreakdownTable';
import { ChartsSection } from './ChartsSection';
import { useSettings } from '../../state/session';
import { missesFloor } from '../../../shared/domain/statistics/targets';
import { ledgerFiltersFor, type LinkedGroup } from './ledgerLink';
import { durationText, rateText, weightText, yuanText } from './statsText';
import type { StatisticsView } from './useStatistics';

function Figure({ id, label, value, note, missed = false }: { id: string; label: string; value: string; note?: string; missed?: boolean }) {
  return (
    <Paper sx={{ p: 1.5, minWidth: 150, maxWidth: 280, flex: '1 1 150px', ...(missed ? { borderLeft: 4, borderColor: 'error.main' } : {}) }} data-testid={`kpi-${id}`} data-missed={missed}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.3 }}>{value}</Typography>
      {note && (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      )}
    </Paper>
  );
}

export function OverviewSection({ view }: { view: StatisticsView }) {
  const { t } = useTranslation();
  const { stats, repeats } = view;
  const targets = useSettings().kpiTargets;
  const s = stats;
  const navigate = useNavigate();
  const opener = (group: LinkedGroup) =>
    s.basis === 'received'
      ? (item: BreakdownItem) => {
          const filters = ledgerFiltersFor(group, item.key, item.label, s.range);
          if (!filters) return false;
          ledgerStore.getState().setFilters(filters);
          void navigate('/ledger');
          return true;
        }
      : undefined;
  const department = (key: string) => (key ? t(`lc.responsibility.departments.${key as Department}`) : t('statistics.undecided'));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="stats-overview">
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Figure id="complaints" label={t('statistics.kpi.complaints')} value={String(s.complaints)} note={s.sevenDayReturns ? t('statistics.kpi.sevenDayApart', { count: s.sevenDayReturns }) : undefined} />
        <Figure id="flow" label={t('statistics.kpi.flow')} value={`${s.flow.opened} / ${s.flow.closed}`} note={t('statistics.kpi.openAtEnd', { count: s.flow.openAtEnd })} />
        <Figure id="closure" label={t('statistics.kpi.closureOnTime')} value={rateText(s.closure.onTimeRate)} missed={missesFloor(s.closure.onTimeRate === null ? null : s.closure.onTimeRate * 100, targets.closureOnTimePercent)} note={t('statistics.kpi.closureNote', { onTime: s.closure.closedOnTime, late: s.closure.closedLate, overdue: s.closure.openOverdue })} />
        <Figure id="losses" label={t('statistics.kpi.losses')} value={`¥${yuanText(s.losses.totalFen)}`} note={t('statistics.kpi.casesWithCosts', { count: s.losses.casesWithCosts })} />
        <Figure id="claims" label={t('statistics.kpi.claims')} value={`¥${yuanText(s.supplierClaims.recoveredFen)}`} note={t('statistics.kpi.claimsNote', { raised: yuanText(s.supplierClaims.raisedFen), rate: rateText(s.supplierClaims.recoveryRate) })} />
        <Figure id="surveys" label={t('statistics.kpi.satisfied')} value={rateText(s.surveys.satisfiedShare)} note={t('statistics.kpi.surveysNote', { count: s.surveys.surveyed, average: s.surveys.averageScore === null ? '—' : s.surveys.averageScore.toFixed(1) })} />
        <Figure id="eightd" label={t('statistics.kpi.eightD')} value={`${s.eightD.closed} / ${s.eightD.reports}`} note={t('statistics.kpi.eightDNote', { rate: rateText(s.eightD.actionCompletionRate) })} />
        <Figure id="repeats" label={t('statistics.kpi.repeats')} value={String(repeats.caseIds.length)} note={t('statistics.kpi.repeatsNote', { count: repeats.repeatedProblems })} />
      </Box>
      <ChartsSection stats={s} opener={opener} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <BreakdownTable id="by-customer" title={t('statistics.by.customer')} items={s.byCustomer} label={(i) => i.label} total={s.selected} onOpen={opener('customer')} />
        <BreakdownTable id="by-model" title={t('statistics.by.model')} items={s.byModel} label={(i) => i.label} total={s.selected} onOpen={opener('model')} />
        <BreakdownTable id="by-defect" title={t('statistics.by.defectType')} items={s.byDefectType} label={(i) => i.label} total={s.selected} onOpen={opener('defectType')} />
        <BreakdownTable id="by-severity" title={t('statistics.by.severity')} items={s.bySeverity} label={(i) => (i.key ? t(`lc.triage.severities.${i.key as Severity}`) : '')} total={s.selected} onOpen={opener('severity')} />
        <BreakdownTable id="by-category" title={t('statistics.by.category')} items={s.byCategory} label={(i) => (i.key ? t(`lc.triage.complaintCategories.${i.key as ComplaintCategory}`) : '')} total={s.selected} />
        <BreakdownTable id="by-market" title={t('statistics.by.market')} items={s.byMarket} label={(i) => t(`choices.market.${i.key as 'domestic' | 'foreign'}`)} total={s.selected} />
        <BreakdownTable
          id="by-department"
          title={t('statistics.by.department', { count: s.responsibility.casesWithShares })}
          items={s.responsibility.byDepartment}
          label={(i) => department(i.key)}
          value={weightText}
          valueTitle={t('statistics.weightedCases')}
          total={s.responsibility.casesWithShares}
          onOpen={opener('department')}
        />
        <BreakdownTable id="by-supplier" title={t('statistics.by.supplier')} items={s.responsibility.bySupplier} label={(i) => i.label} value={weightText} valueTitle={t('statistics.weightedCases')} total={s.responsibility.casesWithShares} />
        <BreakdownTable id="loss-by-kind" title={t('statistics.by.lossKind')} items={s.losses.byKind} label={(i) => t(`lc.costs.kinds.${i.key as CostKind}`)} value={(fen) => yuanText(fen)} valueTitle={t('statistics.yuan')} total={s.losses.totalFen} />
        <BreakdownTable id="loss-by-department" title={t('statistics.by.lossDepartment')} items={s.losses.byDepartment} label={(i) => department(i.key)} value={(fen) => yuanText(fen)} valueTitle={t('statistics.yuan')} total={s.losses.totalFen} />
      </Box>
      <Paper component="section" aria-labelledby="stats-deadlines" sx={{ p: 2 }} data-testid="stats-deadlines">
        <Typography component="h3" variant="h3" id="stats-deadlines" sx={{ mb: 1 }}>
          {t('statistics.deadlines.title')}
        </Typography>
        {s.deadlines.unknownCases > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('statistics.deadlines.unknown', { count: s.deadlines.unknownCases })}
          </Typography>
        )}
        <Table size="small" aria-labelledby="stats-deadlines">
          <TableHead>
            <TableRow>
              {(['kind', 'onTime', 'late', 'overdue', 'rate', 'average', 'worst'] as const).map((c) => (
                <TableCell key={c} align={c === 'kind' ? 'left' : 'right'}>
                  {t(`statistics.deadlines.columns.${c}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {s.deadlines.byKind
              .filter((k) => k.onTime + k.late + k.openOverdue > 0)
              .map((k) => (
                <TableRow key={k.kind} data-testid="stats-deadline-row">
                  <TableCell>{t(`lc.deadlines.kinds.${k.kind}`)}</TableCell>
                  <TableCell align="right">{k.onTime}</TableCell>
                  <TableCell align="right">{k.late}</TableCell>
                  <TableCell align="right">{k.openOverdue}</TableCell>
                  <TableCell align="right">{rateText(k.onTimeRate)}</TableCell>
                  <TableCell align="right">{durationText(k.averageOverdueMs, t)}</TableCell>
                  <TableCell align="right">{durationText(k.worstOverdueMs, t)}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
