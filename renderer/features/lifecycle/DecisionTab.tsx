/** 判定/审批: decision A/B/C, amount in yuan, the approver the matrix requires, and the append-only approval records. */
import { Box, Button, FormControlLabel, FormLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { requiredApprover, type ApproverRole } from '../../../shared/domain/lifecycle/authority';
import { formatYuan, parseYuan } from '../../../shared/domain/lifecycle/money';
import { DECISIONS, type Decision } from '../../../shared/domain/lifecycle/records';
import { useSettings } from '../../state/session';
import { notify } from '../../state/notices';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ApprovalRecords } from './ApprovalRecords';
import { ApprovalForm } from './ApprovalForm';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { useWriteForm } from '../../ui/case-file/useWriteForm';

interface DecisionDraft {
  decision: Decision | '';
  /** As typed, in yuan. */
  amount: string;
  note: string;
}

const amountOf = (text: string): number | null => (text.trim() === '' ? null : parseYuan(text));
const patchOf = (d: DecisionDraft) => ({ decision: d.decision === '' ? null : d.decision, decisionAmountFen: amountOf(d.amount), decisionNote: d.note });

export function DecisionTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const settings = useSettings();
  const lc = file.lifecycle;
  const form = useWriteForm();
  const fields = useFieldDraft<DecisionDraft>({ decision: lc.decision ?? '', amount: lc.decisionAmountFen === null ? '' : formatYuan(lc.decisionAmountFen), note: lc.decisionNote });
  const { decision, amount, note } = fields.draft;
  const fen = amountOf(amount);
  const role: ApproverRole | null = fen !== null && fen >= 0 ? requiredApprover(fen, settings.authorityMatrix) : null;

  const save = async () => {
    const local: Record<string, string> = {};
    if (amount.trim() !== '' && (fen === null || fen < 0)) local.decisionAmountFen = fen === null ? 'notAmount' : 'negative';
    const { patch, seen } = fields.edit(patchOf);
    const saved = await form.submit((r) => r.lifecycle.update(lc.caseId, patch, seen), local);
    if (saved) {
      fields.reset();
      notify('lc.saved');
    }
  };

  return (
    <>
      <LcSection id="lc-decision-title" title={t('lc.tabs.decision')}>
        <Box role="radiogroup" aria-labelledby="lc-decision-label">
          <FormLabel id="lc-decision-label">{t('lc.decision.decision')}</FormLabel>
          <RadioGroup value={decision} onChange={(e) => fields.set({ decision: e.target.value as Decision })}>
            {DECISIONS.map((d) => (
              <FormControlLabel key={d} value={d} control={<Radio />} label={t(`lc.decision.options.${d}`)} />
            ))}
          </RadioGroup>
          {form.fieldErrors.decision && <Typography color="error" variant="body2">{t('lc.errors.required')}</Typography>}
        </Box>
        <LcTextField label={t('lc.decision.amount')} value={amount} onChange={(v) => fields.set({ amount: v })} helperText={t('lc.decision.amountHelp')} errorCode={form.fieldErrors.decisionAmountFen} sx={{ maxWidth: 320 }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        {role && (
          <Typography data-testid="required-approver" sx={{ fontWeight: 600 }}>
            {t('lc.decision.requiredApprover', { role: t(`lc.roles.${role}`) })}
          </Typography>
        )}
        <LcTextField label={t('lc.decision.note')} value={note} onChange={(v) => fields.set({ note: v })} multiline minRows={2} errorCode={form.fieldErrors.decisionNote} />
        <FormMessage message={form.message} />
        <Box>
          <Button variant="contained" onClick={() => void save()} disabled={form.busy}>
            {t('lc.save')}
          </Button>
        </Box>
      </LcSection>
      <LcSection id="lc-approvals-title" title={t('lc.decision.approvals')}>
        {lc.state === 'approval' ? <ApprovalForm /> : <Typography color="text.secondary">{t('lc.decision.onlyInApproval')}</Typography>}
        <ApprovalRecords />
      </LcSection>
    </>
  );
}
