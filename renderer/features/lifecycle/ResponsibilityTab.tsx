/** 责任: department shares in percent (sum must be 100), supplier share → supplier claim with amount and status. */
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, type Department } from '../../../shared/domain/lifecycle/records';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { parsePercent } from '../../../shared/domain/quantity';
import { SupplierClaims } from './SupplierClaims';
import { ResponsibilityRuleNotice } from './ResponsibilityRuleNotice';
import { RESPONSIBILITY_RULE_NOTE } from '../../../shared/domain/lifecycle/responsibility-rule';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { ofRound } from '../../../shared/domain/lifecycle/states';

export function ResponsibilityTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const [department, setDepartment] = useState<Department | ''>('');
  const [percent, setPercent] = useState('');
  const [supplier, setSupplier] = useState('');
  const [note, setNote] = useState('');
  const shares = ofRound(file.view, file.view.shares);
  const total = file.sharesCheck.total;
  const add = async () => {
    const local: Record<string, string> = department === '' ? { department: 'required' } : {};
    const done = await form.submit((r) => r.responsibility.addShare(file.case.id, { department: department as Department, percent: parsePercent(percent), supplierName: supplier, note }), local);
    if (done) {
      setDepartment('');
      setPercent('');
      setSupplier('');
      setNote('');
    }
  };
  return (
    <>
      <LcSection id="lc-resp-title" title={t('lc.responsibility.title')}>
        <ResponsibilityRuleNotice />
        {shares.length === 0 ? (
          <Typography color="text.secondary">{t('lc.none')}</Typography>
        ) : (
          <List dense disablePadding>
            {shares.map((s) => (
              <ListItem key={s.id} divider data-testid="share" secondaryAction={<IconButton aria-label={t('lc.remove')} onClick={() => void form.submit((r) => r.responsibility.removeShare(s.id))}><DeleteOutlinedIcon fontSize="small" /></IconButton>}>
                <ListItemText primary={`${t(`lc.responsibility.departments.${s.department}`)} · ${s.percent}%${s.supplierName ? ` · ${s.supplierName}` : ''}`} secondary={s.note === RESPONSIBILITY_RULE_NOTE ? t('lc.responsibilityRule.shareNote') : s.note || undefined} />
              </ListItem>
            ))}
          </List>
        )}
        <Typography data-testid="shares-total" color={total === 100 ? 'success.main' : 'error'} sx={{ fontWeight: 600 }}>
          {total === 100 ? t('lc.responsibility.total', { total }) : t('lc.responsibility.totalBad', { total })}
        </Typography>
        <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
          <legend>{t('lc.responsibility.addShare')}</legend>
          <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
            <ChoiceSelect label={t('lc.responsibility.department')} value={department} choices={DEPARTMENTS} text={(d) => t(`lc.responsibility.departments.${d}`)} onChange={setDepartment} error={form.fieldErrors.department} />
            <LcTextField size="small" label={t('lc.responsibility.percent')} value={percent} onChange={setPercent} errorCode={form.fieldErrors.percent} />
            {department === 'purchasing' && <LcTextField size="small" label={t('lc.responsibility.supplier')} value={supplier} onChange={setSupplier} helperText={t('lc.responsibility.supplierHelp')} errorCode={form.fieldErrors.supplierName} />}
            <LcTextField size="small" label={t('lc.responsibility.note')} value={note} onChange={setNote} />
            <Button variant="outlined" onClick={() => void add()} disabled={form.busy}>
              {t('lc.responsibility.addShare')}
            </Button>
          </Stack>
          <FormMessage message={form.message} />
        </Box>
      </LcSection>
      <SupplierClaims />
    </>
  );
}
