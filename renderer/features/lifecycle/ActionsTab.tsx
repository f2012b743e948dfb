/** 措施: short corrective / preventive actions (owner, due date, status) and the case's 8D reports (open a new one, go to one). */
import { Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, DEPARTMENTS, type ActionKind, type Department } from '../../../shared/domain/lifecycle/records';
import { formatDate } from '../../ui/dates';
import { sessionNow, useClerk } from '../../state/session';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { useWriteForm } from '../../ui/case-file/useWriteForm';

/** `eightDs`: the 8D feature's list of the case's reports, shown first (the case page composes it). */
export function ActionsTab({ eightDs }: { eightDs: ReactNode }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const [kind, setKind] = useState<ActionKind>('corrective');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [department, setDepartment] = useState<Department | ''>('');
  const [due, setDue] = useState('');
  const actions = file.view.actions.filter((a) => !a.deleted);
  const today = formatDate(new Date(sessionNow()));
  const add = async () => {
    const done = await form.submit((r) => r.actions.add(file.case.id, { kind, description, owner, department: department === '' ? null : department, dueDate: due }));
    if (done) {
      setDescription('');
      setOwner('');
      setDue('');
    }
  };
  return (
    <LcSection id="lc-actions-title" title={t('lc.measures.title')}>
      {eightDs}
      {actions.length === 0 ? (
        <Typography color="text.secondary">{t('lc.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {actions.map((a) => (
            <ListItem
              key={a.id}
              divider
              data-testid="case-action"
              secondaryAction={
                a.status === 'open' ? (
                  <Button size="small" onClick={() => void form.submit((r) => r.actions.setStatus(a.id, 'done'))}>{t('lc.measures.markDone')}</Button>
                ) : a.status === 'done' ? (
                  <Button size="small" onClick={() => void form.submit((r) => r.actions.setStatus(a.id, 'verified', clerk?.name ?? ''))}>{t('lc.measures.verify')}</Button>
                ) : undefined
              }
            >
              <ListItemText
                primary={
                  <>
                    {t(`lc.measures.kinds.${a.kind}`)} · {a.description}{' '}
                    <Chip size="small" label={t(`lc.measures.statuses.${a.status}`)} color={a.status === 'open' ? 'default' : 'success'} />
                    {a.status === 'open' && a.dueDate < today && <Chip size="small" color="error" label={t('lc.measures.overdue')} sx={{ ml: 0.5 }} />}
                  </>
                }
                secondary={`${t('lc.measures.owner')} ${a.owner} · ${t('lc.measures.dueDate')} ${a.dueDate}${a.verifiedBy ? ` · ${t('lc.measures.verifiedBy')} ${a.verifiedBy}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
        <legend>{t('lc.measures.add')}</legend>
        <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
          <ChoiceSelect label={t('lc.measures.kind')} value={kind} choices={ACTION_KINDS} text={(k) => t(`lc.measures.kinds.${k}`)} onChange={setKind} sx={{ minWidth: 140 }} />
          <LcTextField size="small" label={t('lc.measures.description')} value={description} onChange={setDescription} errorCode={form.fieldErrors.description} sx={{ minWidth: 280 }} />
          <LcTextField size="small" label={t('lc.measures.owner')} value={owner} onChange={setOwner} errorCode={form.fieldErrors.owner} />
          <ChoiceSelect label={t('lc.measures.department')} value={department} choices={DEPARTMENTS} text={(d) => t(`lc.responsibility.departments.${d}`)} onChange={setDepartment} emptyLabel={t('lc.costs.noDepartment')} />
          <LcTextField size="small" type="date" label={t('lc.measures.dueDate')} value={due} onChange={setDue} errorCode={form.fieldErrors.dueDate} />
          <Button variant="outlined" onClick={() => void add()} disabled={form.busy}>
            {t('lc.measures.add')}
          </Button>
        </Stack>
        <FormMessage message={form.message} />
      </Box>
    </LcSection>
  );
}
