/**
 * A list of child records of the 8D (team members, containment actions,
 * corrective actions, prevention items) as a table: one row per record with
 * 编辑 / 删除, the row being edited replaced by its form, and below the table
 * the form that adds a new one. The forms are the caller's.
 */
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Repositories } from '../../db';
import { FormMessage } from '../../ui/form/FormMessage';
import { useEightDForm } from './useEightDForm';

export interface ChildColumn<T> {
  label: string;
  render: (row: T) => ReactNode;
}

interface Props<T extends { id: string }> {
  label: string;
  testId: string;
  rows: readonly T[];
  columns: readonly ChildColumn<T>[];
  /** The form of an existing row (close() when saved or cancelled). */
  editor: (row: T, close: () => void) => ReactNode;
  /** The form that adds a row (shown under the table). */
  adder: ReactNode;
  remove: (r: Repositories, row: T) => Promise<unknown>;
  rowActions?: (row: T) => ReactNode;
  readOnly?: boolean;
}

export function ChildTable<T extends { id: string }>({ label, testId, rows, columns, editor, adder, remove, rowActions, readOnly }: Props<T>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const form = useEightDForm();
  return (
    <>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('eightD.common.none')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={label}>
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.label}>{c.label}</TableCell>
                ))}
                {!readOnly && <TableCell>{t('eightD.common.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) =>
                editing === row.id ? (
                  <TableRow key={row.id}>
                    <TableCell colSpan={columns.length + 1}>{editor(row, () => setEditing(null))}</TableCell>
                  </TableRow>
                ) : (
                  <TableRow key={row.id} data-testid={testId}>
                    {columns.map((c) => (
                      <TableCell key={c.label}>{c.render(row)}</TableCell>
                    ))}
                    {!readOnly && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {rowActions?.(row)}
                        <Button size="small" onClick={() => setEditing(row.id)}>
                          {t('eightD.common.edit')}
                        </Button>
                        <Button size="small" color="error" disabled={form.busy} onClick={() => void form.submit((r) => remove(r, row))}>
                          {t('eightD.common.remove')}
                        </Button>
                      </TableCell>
                    )}
                  </TableRow>
                ),
              )}
            </TableBody>
          </Table>
        </Box>
      )}
      <FormMessage message={form.message} />
      {!readOnly && adder}
    </>
  );
}
