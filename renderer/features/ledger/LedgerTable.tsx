/**
 * The ledger table, virtualized: only the rows in view (plus a few) are in
 * the DOM, with spacer rows above and below, so 100,000 cases scroll as
 * smoothly as 100. Rows are plain <tr>/<td> (no component per cell).
 * Keyboard: ↑/↓ move between rows, Enter opens the case.
 */
import { Box } from '@mui/material';
import { memo, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { useNow } from '../../ui/useNow';
import { LEDGER_COLUMNS, LEDGER_ROW_HEIGHT, type LedgerColumnKey } from './columns';
import type { IndexedRow, LedgerSort } from '../../state/ledger-filter';
import { occurrenceOf, previousOf, type RepeatIndex } from '../../../shared/domain/repeats';
import { LedgerHeader } from './LedgerHeader';
import { ledgerTableSx } from './ledgerTableSx';
import { useRowWindow } from './useRowWindow';

const OVERSCAN = 12;

interface Props {
  /** The matching rows in sort order (the store's entries: row + search key). */
  rows: readonly IndexedRow[];
  sort: LedgerSort;
  onSort: (key: LedgerColumnKey) => void;
  onOpen: (id: string) => void;
  /** Repeat complaints of all rows: a repeat gets the 重复 mark after its case number. */
  repeats: RepeatIndex;
}

export const LedgerTable = memo(function LedgerTable({ rows, sort, onSort, onOpen, repeats }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow(scrollRef, rows.length, LEDGER_ROW_HEIGHT, OVERSCAN);
  // A clock that ticks each minute, so a row turns overdue while the ledger stays open all day;
  // the badge is a plain span (no component per row).
  const nowMs = useNow(60_000);
  const overdueText = t('lc.ledger.overdueBadge');
  const repeatText = t('repeats.chip');
  /** The 重复 mark of a drawn row (a plain span, its title names the earlier case), or null. */
  const repeatMark = (id: string) => {
    const previous = previousOf(repeats, id);
    if (!previous) return null;
    const title = t('repeats.caseRepeats', { caseNumber: previous.caseNumber, days: previous.days, occurrence: occurrenceOf(repeats, id), window: repeats.windowDays });
    return (
      <span className="repeat" data-testid="repeat-mark" title={title} aria-label={title}>
        {repeatText}
      </span>
    );
  };
  const { paddingTop, paddingBottom } = rowWindow;
  const indexes: number[] = [];
  for (let i = rowWindow.first; i < rowWindow.last; i++) indexes.push(i);

  // A row asked for by the keyboard that was not drawn yet gets the focus once it is.
  const pendingFocus = useRef<number | null>(null);
  const rowElement = (index: number) => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`) ?? null;
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const tr = rowElement(pendingFocus.current);
    if (!tr) return;
    pendingFocus.current = null;
    tr.focus({ preventScroll: true });
  });

  const focusRow = (index: number) => {
    rowWindow.scrollToIndex(index, scrollRef.current?.querySelector('thead')?.offsetHeight ?? 0);
    const tr = rowElement(index);
    if (tr) tr.focus({ preventScroll: true });
    else pendingFocus.current = index;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const tr = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (!tr) return;
    const index = Number(tr.dataset.index);
    const row = rows[index]?.row;
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
          {indexes.map((index) => {
            const row = rows[index]?.row;
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-testid="ledger-row"
                data-index={index}
                aria-rowindex={index + 2}
                tabIndex={0}
                onClick={() => onOpen(row.id)}
              >
                {LEDGER_COLUMNS.map((column) => (
                  <td key={column.key} className={column.align === 'right' ? 'num' : undefined}>
                    {column.format(row)}
                    {column.key === 'caseNumber' && repeatMark(row.id)}
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
});
