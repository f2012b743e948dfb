/** D7 预防再发生: the document and system updates (FMEA, control plan, specification, work instruction …) that keep it from happening again, and the 举一反三 checklist. */
import { Chip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDPrevention } from '../../../shared/domain/eightd/records';
import { ChildTable, type ChildColumn } from './ChildTable';
import { EdSection } from './EdSection';
import { HorizontalChecks } from './HorizontalChecks';
import { useEightD } from './eightDFileContext';
import { PreventionForm } from './PreventionForm';

export function PreventionSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const [adderKey, setAdderKey] = useState(0);
  const columns: ChildColumn<EightDPrevention>[] = [
    { label: t('eightD.prevention.kind'), render: (p) => t(`eightD.prevention.kinds.${p.kind}`) },
    { label: t('eightD.prevention.description'), render: (p) => p.description },
    { label: t('eightD.prevention.documentRef'), render: (p) => p.documentRef },
    { label: t('eightD.prevention.owner'), render: (p) => p.owner },
    { label: t('eightD.prevention.dueDate'), render: (p) => p.dueDate },
    { label: t('eightD.prevention.done'), render: (p) => <Chip size="small" color={p.done ? 'success' : 'default'} label={p.done ? t('eightD.prevention.doneYes') : t('eightD.prevention.doneNo')} /> },
  ];
  return (
    <EdSection discipline="D7">
      <ChildTable
        label={t('eightD.prevention.table')}
        testId="ed-prevention"
        rows={file.bundle.prevention}
        columns={columns}
        editor={(p, close) => <PreventionForm item={p} onDone={close} />}
        adder={<PreventionForm key={adderKey} onDone={() => setAdderKey((k) => k + 1)} />}
        remove={(r, p) => r.eightD.prevention.remove(p.id)}
        readOnly={readOnly}
      />
      <HorizontalChecks readOnly={readOnly} />
    </EdSection>
  );
}
