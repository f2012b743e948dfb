/** D3 临时围堵措施: the containment actions (where, who, dates, inspected / defective, result) and the reply to the customer with its due time. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDContainment } from '../../../shared/domain/eightd/records';
import { ChildTable, type ChildColumn } from './ChildTable';
import { ContainmentForm } from './ContainmentForm';
import { ContainmentReply } from './ContainmentReply';
import { EdSection } from './EdSection';
import { useEightD } from './eightDFileContext';

export function ContainmentSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const [adderKey, setAdderKey] = useState(0);
  const columns: ChildColumn<EightDContainment>[] = [
    { label: t('eightD.containment.description'), render: (c) => c.description },
    { label: t('eightD.containment.location'), render: (c) => t(`eightD.containment.locations.${c.location}`) },
    { label: t('eightD.containment.owner'), render: (c) => c.owner },
    { label: t('eightD.containment.dates'), render: (c) => `${c.startedOn} – ${c.finishedOn || t('eightD.containment.running')}` },
    { label: t('eightD.containment.quantities'), render: (c) => `${c.quantityDefective} / ${c.quantityInspected}` },
    { label: t('eightD.containment.result'), render: (c) => c.result },
  ];
  return (
    <EdSection discipline="D3">
      <ContainmentReply readOnly={readOnly} />
      <ChildTable
        label={t('eightD.containment.table')}
        testId="ed-containment"
        rows={file.bundle.containment}
        columns={columns}
        editor={(c, close) => <ContainmentForm action={c} onDone={close} />}
        adder={<ContainmentForm key={adderKey} onDone={() => setAdderKey((k) => k + 1)} />}
        remove={(r, c) => r.eightD.containment.remove(c.id)}
        readOnly={readOnly}
      />
    </EdSection>
  );
}
