/** 附件: files on the case itself (line photos are on the return lines). */
import { useTranslation } from 'react-i18next';
import { AttachmentList } from './AttachmentList';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { LcSection } from './LcSection';

export function AttachmentsTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  return (
    <LcSection id="lc-attachments-title" title={t('lc.attachments.title')}>
      <AttachmentList ownerId={file.case.id} title={t('lc.attachments.ownerCase')} />
    </LcSection>
  );
}
