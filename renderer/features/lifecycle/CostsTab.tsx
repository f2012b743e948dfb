/** 费用: cost lines (loss, repair, freight, compensation, credit) in yuan, with totals per kind and overall. */
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan, parseYuan } from '../../../shared/domain/lifecycle/money';
import { COST_KINDS, DEPARTMENTS, type CostKind, type Department } from '../../../shared/domain/lifecycle/records';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { ofRound } from '../../../shared/domain/lifecycle/states';

export function CostsTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const [kind, setKind] = useState<CostKind | ''>('');
  const [amount, setAmount] = useState('');
  const [department, setDepartment] = useState<Department | ''>('');
  const [note, setNote] = useState('');
  const costs = ofRound(file.view, file.view.costs);
  const add = async () => {
    const fen = parseYuan(amount);
    const local: Record<string, string> = {};
    if (kind === '') local.kind = 'required';
    if (amount.trim() === '') local.amountFen = 'required';
    else if (fen === null) local.amountFen = 'notAmount';
    const done = await form.submit((r) => r.costs.add(file.case.id, { kind: kind as CostKind, amountFen: fen ?? 0, department: department === '' ? null : department, note }), local);
    if (done) {
      setKind('');
      setAmount('');
      setDepartment('');
      setNote('');
    }
  };
  return (
    <LcSection id="lc-costs-title" title={t('lc.costs.title')}>
      <Table size="small" aria-labelledby="lc-costs-title">
        <TableHead>
          <TableRow>
            <TableCell>{t('lc.costs.kind')}</TableCell>
            <TableCell align="right">{t('lc.costs.amount')}</TableCell>
            <TableCell>{t('lc.costs.department')}</TableCell>
            <TableCell>{t('lc.costs.note')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {costs.map((c) => (
            <TableRow key={c.id} data-testid="cost">
              <TableCell>{t(`lc.costs.kinds.${c.kind}`)}</TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatYuan(c.amountFen)}</TableCell>
              <TableCell>{c.department ? t(`lc.responsibility.departments.${c.department}`) : t('lc.costs.noDepartment')}</TableCell>
              <TableCell>{c.note}</TableCell>
              <TableCell padding="checkbox">
                <IconButton aria-label={t('lc.remove')} onClick={() => void form.submit((r) => r.costs.remove(c.id))}>
                  <DeleteOutlinedIcon fontSize="small" />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
          {COST_KINDS.filter((k) => file.costTotals.byKind[k] !== 0).map((k) => (
            <TableRow key={`total-${k}`}>
              <TableCell sx={{ color: 'text.secondary' }}>Σ {t(`lc.costs.kinds.${k}`)}</TableCell>
              <TableCell align="right" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>{formatYuan(file.costTotals.byKind[k])}</TableCell>
              <TableCell colSpan={3} />
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>{t('lc.costs.total')}</TableCell>
            <TableCell align="right" data-testid="cost-total" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>{formatYuan(file.costTotals.total)}</TableCell>
            <TableCell colSpan={3}>
              {file.lifecycle.round > 1 && (
                <Typography variant="body2" color="text.secondary">
                  {t('lc.costs.totalAll')} {formatYuan(file.costTotalsAllRounds.total)}
                </Typography>
              )}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
        <legend>{t('lc.costs.add')}</legend>
        <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
          <ChoiceSelect label={t('lc.costs.kind')} value={kind} choices={COST_KINDS} text={(k) => t(`lc.costs.kinds.${k}`)} onChange={setKind} error={form.fieldErrors.kind} sx={{ minWidth: 150 }} />
          <LcTextField size="small" label={t('lc.costs.amount')} value={amount} onChange={setAmount} errorCode={form.fieldErrors.amountFen} />
          <ChoiceSelect label={t('lc.costs.department')} value={department} choices={DEPARTMENTS} text={(d) => t(`lc.responsibility.departments.${d}`)} onChange={setDepartment} emptyLabel={t('lc.costs.noDepartment')} />
          <LcTextField size="small" label={t('lc.costs.note')} value={note} onChange={setNote} />
          <Button variant="outlined" onClick={() => void add()} disabled={form.busy}>
            {t('lc.costs.add')}
          </Button>
        </Stack>
        <FormMessage message={form.message} />
      </Box>
    </LcSection>
  );
}
