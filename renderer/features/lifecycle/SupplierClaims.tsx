/** 供应商扣款单: one per supplier share; amount and status editable. */
import { Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatYuan, parseYuan } from '../../../shared/domain/lifecycle/money';
import { SUPPLIER_CLAIM_STATUSES, type SupplierClaim, type SupplierClaimStatus } from '../../../shared/domain/lifecycle/records';
import { notify } from '../../state/notices';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { ofRound } from '../../../shared/domain/lifecycle/states';

function ClaimRow({ claim }: { claim: SupplierClaim }) {
  const { t } = useTranslation();
  const form = useWriteForm();
  const fields = useFieldDraft<{ amount: string; status: SupplierClaimStatus }>({ amount: formatYuan(claim.amountFen), status: claim.status });
  const { amount, status } = fields.draft;
  const save = async () => {
    const fen = parseYuan(amount);
    const local: Record<string, string> = fen === null ? { amountFen: 'notAmount' } : fen < 0 ? { amountFen: 'negative' } : {};
    const { patch, seen } = fields.edit((d) => ({ amountFen: parseYuan(d.amount) ?? 0, status: d.status }));
    if (await form.submit((r) => r.responsibility.updateClaim(claim.id, patch, seen), local)) {
      fields.reset();
      notify('lc.saved');
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="supplier-claim">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <Typography sx={{ fontWeight: 600, minWidth: 160 }}>{claim.supplierName}</Typography>
        <LcTextField size="small" label={t('lc.responsibility.claimAmount')} value={amount} onChange={(v) => fields.set({ amount: v })} errorCode={form.fieldErrors.amountFen} />
        <ChoiceSelect label={t('lc.responsibility.claimStatus')} value={status} choices={SUPPLIER_CLAIM_STATUSES} text={(s) => t(`lc.responsibility.statuses.${s}`)} onChange={(v) => fields.set({ status: v })} sx={{ minWidth: 160 }} />
        <Button variant="outlined" onClick={() => void save()} disabled={form.busy}>
          {t('lc.save')}
        </Button>
      </Stack>
      <FormMessage message={form.message} />
    </Paper>
  );
}

export function SupplierClaims() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const claims = ofRound(file.view, file.view.supplierClaims);
  return (
    <LcSection id="lc-claims-title" title={t('lc.responsibility.claims')}>
      {claims.length === 0 ? <Typography color="text.secondary">{t('lc.none')}</Typography> : claims.map((c) => <ClaimRow key={c.id} claim={c} />)}
    </LcSection>
  );
}
