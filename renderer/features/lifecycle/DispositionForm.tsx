/** Dispositions of one line: the list with the running sum against the received quantity, and a form to add one. */
import { Box, Button, Checkbox, FormControlLabel, IconButton, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPOSITION_KINDS, type DispositionKind, type ReturnLine } from '../../../shared/domain/lifecycle/records';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcTextField } from './LcTextField';
import { parseRequiredQuantity } from '../../../shared/domain/quantity';
import { useWriteForm } from '../../ui/case-file/useWriteForm';

export function DispositionForm({ line, label }: { line: ReturnLine; label: string }) {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const [kind, setKind] = useState<DispositionKind | ''>('');
  const [quantity, setQuantity] = useState('');
  const [order, setOrder] = useState('');
  const [charged, setCharged] = useState(false);
  const list = file.view.dispositions.filter((d) => !d.deleted && d.lineId === line.id);
  const disposed = list.reduce((s, d) => s + d.quantity, 0);
  const received = line.quantityReceived ?? 0;
  const add = async () => {
    const local: Record<string, string> = kind === '' ? { kind: 'required' } : {};
    const done = await form.submit(
      (r) => r.returns.addDisposition(file.case.id, { lineId: line.id, kind: kind as DispositionKind, quantity: parseRequiredQuantity(quantity), repairOrderNumber: order, charged, note: '' }),
      local,
    );
    if (done) {
      setKind('');
      setQuantity('');
      setOrder('');
      setCharged(false);
    }
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }} aria-label={`${label} ${t('lc.returns.disposition')}`}>
      <legend>{t('lc.returns.disposition')}</legend>
      <Typography data-testid="disposition-sum" color={disposed === received ? 'success.main' : 'warning.main'} sx={{ fontWeight: 600 }}>
        {t('lc.returns.dispositionSum', { disposed, received })}
      </Typography>
      {list.length > 0 && (
        <List dense disablePadding>
          {list.map((d) => (
            <ListItem key={d.id} secondaryAction={<IconButton aria-label={t('lc.remove')} onClick={() => void form.submit((r) => r.returns.removeDisposition(d.id))}><DeleteOutlinedIcon fontSize="small" /></IconButton>}>
              <ListItemText primary={`${t(`lc.returns.kinds.${d.kind}`)} × ${d.quantity}${d.repairOrderNumber ? ` · ${d.repairOrderNumber}` : ''}`} />
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5, mt: 1 }}>
        <ChoiceSelect label={t('lc.returns.kind')} value={kind} choices={DISPOSITION_KINDS} text={(k) => t(`lc.returns.kinds.${k}`)} onChange={setKind} error={form.fieldErrors.kind} sx={{ minWidth: 160 }} />
        <LcTextField size="small" label={t('lc.returns.quantity')} value={quantity} onChange={setQuantity} errorCode={form.fieldErrors.quantity} />
        {kind === 'rework' && <LcTextField size="small" label={t('lc.returns.repairOrder')} value={order} onChange={setOrder} errorCode={form.fieldErrors.repairOrderNumber} />}
        {kind === 'rework' && <FormControlLabel control={<Checkbox checked={charged} onChange={(e) => setCharged(e.target.checked)} />} label={t('lc.returns.charged')} />}
        <Button variant="outlined" onClick={() => void add()} disabled={form.busy}>
          {t('lc.returns.addDisposition')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Box>
  );
}
