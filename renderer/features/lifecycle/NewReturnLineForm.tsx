/** Adds a return line (model, quantity approved ≤ delivered, reason, unit price and currency). */
import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcTextField } from './LcTextField';
import { parseRequiredQuantity } from '../../../shared/domain/quantity';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { CURRENCIES, DEFAULT_CURRENCY } from '../../../shared/domain/lifecycle/currency';
import { parseYuan } from '../../../shared/domain/lifecycle/money';

export function NewReturnLineForm() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const empty = { productModel: file.case.productModel, partNumber: file.case.partNumber, lotNumber: file.case.lotNumber, quantity: '', reason: '', price: '', currency: DEFAULT_CURRENCY };
  const [draft, setDraft] = useState(empty);
  const add = async () => {
    const price = draft.price.trim() === '' ? null : parseYuan(draft.price);
    const line = await form.submit(
      (r) =>
        r.returns.addLine(file.case.id, {
          productModel: draft.productModel,
          partNumber: draft.partNumber,
          lotNumber: draft.lotNumber,
          quantityApproved: parseRequiredQuantity(draft.quantity),
          reason: draft.reason,
          unitPriceFen: price,
          currency: draft.currency,
        }),
      draft.price.trim() !== '' && price === null ? { unitPriceFen: 'notAmount' } : undefined,
    );
    if (line) setDraft(empty);
  };
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
      <legend>{t('lc.returns.addLine')}</legend>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
        <LcTextField label={t('lc.returns.model')} value={draft.productModel} onChange={(v) => setDraft({ ...draft, productModel: v })} errorCode={form.fieldErrors.productModel} size="small" />
        <LcTextField label={t('lc.returns.partNumber')} value={draft.partNumber} onChange={(v) => setDraft({ ...draft, partNumber: v })} size="small" />
        <LcTextField label={t('lc.returns.lot')} value={draft.lotNumber} onChange={(v) => setDraft({ ...draft, lotNumber: v })} size="small" />
        <LcTextField label={t('lc.returns.quantityApproved')} value={draft.quantity} onChange={(v) => setDraft({ ...draft, quantity: v })} errorCode={form.fieldErrors.quantityApproved} size="small" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <LcTextField label={t('lc.returns.reason')} value={draft.reason} onChange={(v) => setDraft({ ...draft, reason: v })} size="small" />
        <LcTextField label={t('lc.returns.unitPrice')} value={draft.price} onChange={(v) => setDraft({ ...draft, price: v })} errorCode={form.fieldErrors.unitPriceFen} size="small" slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        <ChoiceSelect label={t('lc.returns.currency')} value={draft.currency} choices={CURRENCIES} text={(c) => c} onChange={(c) => setDraft({ ...draft, currency: c })} error={form.fieldErrors.currency} />
      </Stack>
      <FormMessage message={form.message} />
      <Button sx={{ mt: 1.5 }} variant="outlined" onClick={() => void add()} disabled={form.busy}>
        {t('lc.returns.addLine')}
      </Button>
    </Box>
  );
}
