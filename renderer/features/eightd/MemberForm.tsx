/** D1: the form that adds a team member or edits one (name, role, department, organisation, responsibility, contact). */
import { useTranslation } from 'react-i18next';
import { MEMBER_ORGANISATIONS, MEMBER_ROLES, type EightDMember } from '../../../shared/domain/eightd/records';
import { MAX_PERSON_NAME } from '../../../shared/domain/eightd/validation';
import type { EightDMemberInput } from '../../db/eightd-types';
import { ChildFormFrame } from './ChildFormFrame';
import { EdChoice } from './EdChoice';
import { EdTextField } from './EdTextField';
import { useEightD } from './eightDFileContext';
import { useFieldDraft } from '../../ui/form/useFieldDraft';
import { useEightDForm } from './useEightDForm';

const EMPTY: EightDMemberInput = { name: '', role: 'member', department: '', organisation: 'internal', responsibility: '', contact: '' };

export function MemberForm({ member, onDone }: { member?: EightDMember; onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const form = useEightDForm();
  const fields = useFieldDraft<EightDMemberInput>(member ? { name: member.name, role: member.role, department: member.department, organisation: member.organisation, responsibility: member.responsibility, contact: member.contact } : EMPTY);
  const { draft, set } = fields;
  const e = form.fieldErrors;

  const save = async () => {
    const reportId = file.bundle.report.id;
    const { patch, seen } = fields.edit((d) => d);
    const done = await form.submit((r) => (member ? r.eightD.members.update(member.id, patch, seen) : r.eightD.members.add(reportId, draft)));
    if (done) onDone();
  };

  return (
    <ChildFormFrame legend={member ? t('eightD.team.edit') : t('eightD.team.add')} submitLabel={member ? t('eightD.common.save') : t('eightD.team.add')} busy={form.busy} message={form.message} onSubmit={() => void save()} onCancel={member ? onDone : undefined}>
      <EdTextField label={t('eightD.team.name')} value={draft.name} onChange={(name) => set({ name })} errorCode={e.name} maxLength={MAX_PERSON_NAME} />
      <EdChoice label={t('eightD.team.role')} value={draft.role} choices={MEMBER_ROLES} text={(r) => t(`eightD.team.roles.${r}`)} onChange={(role) => set({ role })} errorCode={e.role} />
      <EdTextField label={t('eightD.team.department')} value={draft.department} onChange={(department) => set({ department })} errorCode={e.department} />
      <EdChoice label={t('eightD.team.organisation')} value={draft.organisation} choices={MEMBER_ORGANISATIONS} text={(o) => t(`eightD.team.organisations.${o}`)} onChange={(organisation) => set({ organisation })} errorCode={e.organisation} />
      <EdTextField label={t('eightD.team.responsibility')} value={draft.responsibility} onChange={(responsibility) => set({ responsibility })} errorCode={e.responsibility} />
      <EdTextField label={t('eightD.team.contact')} value={draft.contact} onChange={(contact) => set({ contact })} errorCode={e.contact} />
    </ChildFormFrame>
  );
}
