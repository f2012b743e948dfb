/** The case's deadlines (DOMAIN §4) with overdue / due-today badges. */
import { Box, Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { doneTimeShown } from '../../shared/domain/lifecycle/deadlines';
import type { Deadline } from '../../shared/domain/lifecycle/deadlines-types';
import { formatDate, formatDateTime } from './dates';
import { deadlineBadge } from './deadlineView';

const COLOR = { overdue: 'error', dueToday: 'warning', late: 'warning', done: 'success', open: 'default' } as const;

export function DeadlineList({ deadlines, now }: { deadlines: readonly Deadline[]; now: number }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="lc-deadlines-title">
      <Typography id="lc-deadlines-title" variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
        {t('lc.deadlines.title')}
      </Typography>
      <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, m: 0, p: 0, listStyle: 'none' }}>
        {deadlines.map((d, i) => {
          const badge = deadlineBadge(d, now);
          const kind = t(`lc.deadlines.kinds.${d.kind}`);
          const text = d.doneAt
            ? t('lc.deadlines.done', { kind, time: (doneTimeShown(d, now) === 'date' ? formatDate : formatDateTime)(d.doneAt) })
            : t('lc.deadlines.due', { kind, time: (d.byDay ? formatDate : formatDateTime)(d.dueAt) });
          return (
            <li key={`${d.kind}|${d.recordId ?? ''}|${i}`} data-testid="deadline">
              <Chip
                size="small"
                color={COLOR[badge]}
                variant={badge === 'open' || badge === 'done' ? 'outlined' : 'filled'}
                label={badge === 'overdue' || badge === 'dueToday' || badge === 'late' ? `${t(`lc.deadlines.${badge}`)} · ${text}` : text}
              />
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
