/**
 * 出货数据: what the factory shipped in one month, per customer and model
 * (pieces and lots) — the denominators of 客诉率 and PPM (issue 17.3).
 * Entering a month, customer and model that is already there changes that
 * figure (one record per key, shipments-repository.ts); a mistaken figure
 * is removed (its history stays).
 */
import { Alert, Box, Button, IconButton, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MasterEntry } from '../../../shared/domain/master-data/entry';
import type { Shipment } from '../../../shared/domain/shipments/shipment';
import { ValidationFailedError } from '../../db/types';
import { notify } from '../../state/notices';
import { useRepositories } from '../../state/session';
import { errorText } from '../../ui/errors';
import { MasterEntryPicker } from '../../ui/master-data/MasterEntryPicker';
import { useTableChanges } from '../../ui/useRecordChanges';

interface Draft {
  customerName: string;
  customerId: string;
  productModel: string;
  productModelId: string;
  quantityShipped: string;
  lotsShipped: string;
}

const EMPTY: Draft = { customerName: '', customerId: '', productModel: '', productModelId: '', quantityShipped: '', lotsShipped: '' };

/** A typed whole number, or NaN (the repository then says 'invalid'). */
const whole = (text: string): number => (/^\s*\d{1,10}\s*$/.test(text.replace(/[,，]/g, '')) ? Number(text.replace(/[,，\s]/g, '')) : Number.NaN);

export function ShipmentsSection({ month, onMonthChange }: { month: string; onMonthChange: (month: string) => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [rows, setRows] = useState<Shipment[] | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const load = useCallback(async () => setRows(await repositories.shipments.listMonths(month, month)), [repositories, month]);
  useEffect(() => {
    void load();
  }, [load]);
  useTableChanges(['shipments'], () => void load());

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (field: string) => (errors[field] ? t(`statistics.shipments.errors.${errors[field] as 'invalid'}`, { defaultValue: errors[field] }) : undefined);

  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      await repositories.shipments.save({
        month,
        customerId: draft.customerId,
        customerName: draft.customerName,
        productModelId: draft.productModelId,
        productModel: draft.productModel,
        quantityShipped: whole(draft.quantityShipped),
        lotsShipped: whole(draft.lotsShipped),
      });
      setDraft(EMPTY);
      notify('statistics.shipments.saved');
      await load();
    } catch (e) {
      if (e instanceof ValidationFailedError) setErrors(e.fieldErrors);
      else notify('statistics.shipments.failed', { message: errorText(e) }, 'error');
    } finally {
      setBusy(false);
    }
  };

  /** An Excel file of figures (shared/workbook/shipments-import.ts): all saved, or none with the problems by row. */
  const importFile = async (file: File) => {
    setImportProblems([]);
    setBusy(true);
    try {
      const { readShipmentsWorkbook } = await import('../../../shared/workbook/shipments-import');
      const { rows: read, problems } = await readShipmentsWorkbook(new Uint8Array(await file.arrayBuffer()));
      if (problems.length) return setImportProblems(problems.map((p) => t('statistics.shipments.import.problem', { row: p.row, field: t(`statistics.shipments.import.fields.${p.field as 'file'}`, { defaultValue: p.field }), code: t(`statistics.shipments.import.codes.${p.code as 'invalid'}`, { defaultValue: p.code }) })));
      const saved = await repositories.shipments.saveMany(read);
      notify('statistics.shipments.import.done', { count: saved });
      await load();
    } catch (e) {
      notify('statistics.shipments.failed', { message: errorText(e) }, 'error');
    } finally {
      setBusy(false);
    }
  };

  const remove = async (row: Shipment) => {
    try {
      await repositories.shipments.remove(row.id);
      await load();
    } catch (e) {
      notify('statistics.shipments.failed', { message: errorText(e) }, 'error');
    }
  };

  return (
    <Paper component="section" aria-labelledby="shipments-title" sx={{ p: 2.5 }} data-testid="shipments">
      <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
        <Typography component="h2" variant="h2" id="shipments-title" sx={{ flex: 1 }}>
          {t('statistics.shipments.title')}
        </Typography>
        <TextField type="month" size="small" label={t('statistics.shipments.month')} value={month} onChange={(e) => e.target.value && onMonthChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 200 }} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('statistics.shipments.intro')}
      </Typography>
      {errors.actor && <Alert severity="error">{t('statistics.shipments.errors.notSignedIn')}</Alert>}
      {importProblems.length > 0 && (
        <Alert severity="error" data-testid="shipments-import-problems" sx={{ mb: 1 }}>
          {t('statistics.shipments.import.refused')}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {importProblems.slice(0, 20).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </Box>
        </Alert>
      )}
      <Table size="small" aria-labelledby="shipments-title">
        <TableHead>
          <TableRow>
            <TableCell>{t('statistics.shipments.customer')}</TableCell>
            <TableCell>{t('statistics.shipments.model')}</TableCell>
            <TableCell align="right">{t('statistics.shipments.quantity')}</TableCell>
            <TableCell align="right">{t('statistics.shipments.lots')}</TableCell>
            <TableCell sx={{ width: 48 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows?.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>
                <Typography color="text.secondary">{t('statistics.shipments.none', { month })}</Typography>
              </TableCell>
            </TableRow>
          )}
          {rows?.map((row) => (
            <TableRow key={row.id} data-testid="shipment-row">
              <TableCell>{row.customerName}</TableCell>
              <TableCell>{row.productModel || t('statistics.shipments.allModels')}</TableCell>
              <TableCell align="right">{row.quantityShipped.toLocaleString('zh-CN')}</TableCell>
              <TableCell align="right">{row.lotsShipped.toLocaleString('zh-CN')}</TableCell>
              <TableCell>
                <Tooltip title={t('statistics.shipments.remove')}>
                  <IconButton size="small" aria-label={t('statistics.shipments.remove')} onClick={() => void remove(row)}>
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box
        component="form"
        sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start', mt: 2 }}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <MasterEntryPicker
          kind="customer"
          size="small"
          label={t('statistics.shipments.customer')}
          text={draft.customerName}
          onTextChange={(text) => set({ customerName: text, customerId: '' })}
          onPick={(entry: MasterEntry) => set({ customerName: entry.name, customerId: entry.id })}
          error={!!errors.customerName}
          helperText={error('customerName')}
          sx={{ minWidth: 220 }}
        />
        <MasterEntryPicker
          kind="productModel"
          size="small"
          label={t('statistics.shipments.modelOptional')}
          text={draft.productModel}
          onTextChange={(text) => set({ productModel: text, productModelId: '' })}
          onPick={(entry: MasterEntry) => set({ productModel: entry.name, productModelId: entry.id })}
          error={!!errors.productModel}
          helperText={error('productModel')}
          sx={{ minWidth: 180 }}
        />
        <TextField size="small" label={t('statistics.shipments.quantity')} value={draft.quantityShipped} onChange={(e) => set({ quantityShipped: e.target.value })} error={!!errors.quantityShipped} helperText={error('quantityShipped')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ width: 150 }} />
        <TextField size="small" label={t('statistics.shipments.lots')} value={draft.lotsShipped} onChange={(e) => set({ lotsShipped: e.target.value })} error={!!errors.lotsShipped} helperText={error('lotsShipped')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} sx={{ width: 120 }} />
        <Button type="submit" variant="contained" disabled={busy}>
          {t('statistics.shipments.save')}
        </Button>
        <Button component="label" variant="outlined" disabled={busy}>
          {t('statistics.shipments.import.button')}
          <input
            type="file"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </Button>
      </Box>
    </Paper>
  );
}
