/** Column headers of the ledger; each one sorts (again: reverses) the rows. */
import { TableSortLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LedgerSort } from '../../state/ledger-filter';
import { LEDGER_COLUMNS, LEDGER_DUE_WIDTH, type LedgerColumnKey } from './columns';

interface Props {
  sort: LedgerSort;
  onSort: (key: LedgerColumnKey) => void;
}

export function LedgerHeader({ sort, onSort }: Props) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {LEDGER_COLUMNS.map((column) => {
          const active = sort.field === column.key;
          const direction = active ? sort.direction : 'asc';
          return (
            <th
              key={column.key}
              scope="col"
              aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              style={{ width: column.width, textAlign: column.align ?? 'left' }}
            >
              <TableSortLabel active={active} direction={direction} onClick={() => onSort(column.key)} sx={column.align === 'right' ? { flexDirection: 'row-reverse' } : undefined}>
                {t(`ledger.columns.${column.key}`)}
              </TableSortLabel>
            </th>
          );
        })}
        <th scope="col" style={{ width: LEDGER_DUE_WIDTH }}>
          {t('lc.ledger.columns.due')}
        </th>
      </tr>
    </thead>
  );
}
