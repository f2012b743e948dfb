/** One breakdown (by customer, model, department …): group, cases (or weighted cases, or an amount) and its share of the total, largest first. */
import { Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { BreakdownItem } from '../../../shared/domain/statistics/tally';
import { rateText } from './statsText';

interface Props {
  id: string;
  title: string;
  items: readonly BreakdownItem[];
  /** The group's name (enum texts; names.ts labels as they are). */
  label: (item: BreakdownItem) => string;
  /** How a count is written (cases, weighted cases, yuan). */
  value?: (count: number) => string;
  valueTitle?: string;
  /** The total the shares are of (null: no share column). */
  total: number | null;
  /** Rows shown at most (the rest summed in one line). */
  limit?: number;
  /** Opens the ledger on a group's cases (absent, or returning false: the row is not a link). */
  onOpen?: (item: BreakdownItem) => boolean;
}

export function BreakdownTable({ id, title, items, label, value = String, valueTitle, total, limit = 10, onOpen }: Props) {
  const { t } = useTranslation();
  const shown = items.slice(0, limit);
  const rest = items.slice(limit).reduce((sum, i) => sum + i.count, 0);
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2, flex: '1 1 320px', minWidth: 300 }} data-testid={id}>
      <Typography component="h3" variant="h3" id={id} sx={{ mb: 1 }}>
        {title}
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('statistics.noData')}</Typography>
      ) : (
        <Table size="small" aria-labelledby={id}>
          <TableHead>
            <TableRow>
              <TableCell>{t('statistics.group')}</TableCell>
              <TableCell align="right">{valueTitle ?? t('statistics.cases')}</TableCell>
              {total !== null && <TableCell align="right">{t('statistics.share')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((item) => (
              <TableRow key={item.key} data-testid="stats-row">
                <TableCell>
                  {onOpen && item.key !== '' ? (
                    <Link component="button" type="button" underline="hover" onClick={() => onOpen(item)} sx={{ textAlign: 'left' }}>
                      {label(item) || t('statistics.none')}
                    </Link>
                  ) : (
                    label(item) || t('statistics.none')
                  )}
                </TableCell>
                <TableCell align="right">{value(item.count)}</TableCell>
                {total !== null && <TableCell align="right">{rateText(total > 0 ? item.count / total : null)}</TableCell>}
              </TableRow>
            ))}
            {rest > 0 && (
              <TableRow>
                <TableCell>{t('statistics.others', { count: items.length - limit })}</TableCell>
                <TableCell align="right">{value(rest)}</TableCell>
                {total !== null && <TableCell align="right">{rateText(total > 0 ? rest / total : null)}</TableCell>}
              </TableRow>
            )}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
