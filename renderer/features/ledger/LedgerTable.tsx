/**
 * The ledger table, virtualized: only the rows in view (plus a few) are in
 * the DOM, with spacer rows above and below, so 100,000 cases scroll as
 * smoothly as 100. Rows are plain <tr>/<td> (no component per cell).
 * Keyboard: ↑/↓ move between rows, Enter opens the case.
 */
import { Box } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '../../db/types';
import { formatDateTime } from '../common/dates';
import { useNow } from '../common/useNow';
import { LEDGER_COLUMNS, LEDGER_ROW_HEIGHT, type LedgerColumnKey } from './columns';
import type { LedgerSort } from '../../state/ledger-filter';
import { LedgerHeader } from './LedgerHeader';
import { ledgerTableSx } from './ledgerTableSx';

interface Props {
  rows: readonly LedgerRow[];
  sort: LedgerSort;
  onSort: (key: LedgerColumnKey) => void;
  onOpen: (id: string) => void;
}

export function LedgerTable({ rows, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LEDGER_ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  // A clock that ticks each minute, so a row turns overdue while the ledger stays open all day;
  // the badge is a plain span (no component per row).
  const nowMs = useNow(60_000);
  const overdueText = t('lc.ledger.overdueBadge');
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const tr = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (!tr) return;
    const index = Number(tr.dataset.index);
    const row = rows[index];
    if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpen(row.id);
    } else if (event.key === 'ArrowDown' && index < rows.length - 1) {
      event.preventDefault();
      focusRow(index + 1);
    } else if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      focusRow(index - 1);
    }
  };

  return (
    <Box ref={scrollRef} sx={ledgerTableSx} tabIndex={-1}>
      <table aria-label={t('ledger.table')} aria-rowcount={rows.length + 1}>
        <LedgerHeader sort={sort} onSort={onSort} />
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-testid="ledger-row"
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={0}
                onClick={() => onOpen(row.id)}
              >
                {LEDGER_COLUMNS.map((column) => (
                  <td key={column.key} className={column.align === 'right' ? 'num' : undefined}>
                    {column.format(row)}
                  </td>
                ))}
                <td>
                  {row.nextDueAt !== null && Date.parse(row.nextDueAt) < nowMs && (
                    <span className="overdue" data-testid="overdue-badge">
                      {overdueText}
                    </span>
                  )}
                  {row.nextDueAt !== null ? formatDateTime(row.nextDueAt) : ''}
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </Box>
  );
}
