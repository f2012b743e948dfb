/** D1 小组成立: the team table (name, role, department, organisation, responsibility, contact) with add / edit / remove. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDMember } from '../../../shared/domain/eightd/records';
import { ChildTable, type ChildColumn } from './ChildTable';
import { EdSection } from './EdSection';
import { useEightD } from './eightDFileContext';
import { MemberForm } from './MemberForm';

export function TeamSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const [adderKey, setAdderKey] = useState(0);
  const columns: ChildColumn<EightDMember>[] = [
    { label: t('eightD.team.name'), render: (m) => m.name },
    { label: t('eightD.team.role'), render: (m) => t(`eightD.team.roles.${m.role}`) },
    { label: t('eightD.team.department'), render: (m) => m.department },
    { label: t('eightD.team.organisation'), render: (m) => t(`eightD.team.organisations.${m.organisation}`) },
    { label: t('eightD.team.responsibility'), render: (m) => m.responsibility },
    { label: t('eightD.team.contact'), render: (m) => m.contact },
  ];
  return (
    <EdSection discipline="D1">
      <ChildTable
        label={t('eightD.team.table')}
        testId="ed-member"
        rows={file.bundle.members}
        columns={columns}
        editor={(m, close) => <MemberForm member={m} onDone={close} />}
        adder={<MemberForm key={adderKey} onDone={() => setAdderKey((k) => k + 1)} />}
        remove={(r, m) => r.eightD.members.remove(m.id)}
        readOnly={readOnly}
      />
    </EdSection>
  );
}
