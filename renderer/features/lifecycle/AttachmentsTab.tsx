/**
 * 附件: files on the case itself, and — so that this tab lists every scan of
 * the case — the scan slots that hold files (return proof, effect-check
 * evidence, per round; they are also shown beside their fields). Line
 * photos are on the return lines.
 */
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_SLOTS, slotOwnerId } from '../../../shared/domain/lifecycle/attachment-slots';
import { AttachmentList } from './AttachmentList';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { LcSection } from './LcSection';

export function AttachmentsTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const held = new Set(file.attachments.filter((a) => !a.deleted).map((a) => a.ownerId));
  const slots = Array.from({ length: file.lifecycle.round }, (_, i) => i + 1).flatMap((round) =>
    ATTACHMENT_SLOTS.map((slot) => ({ slot, round, ownerId: slotOwnerId(file.case.id, slot, round) })).filter((s) => held.has(s.ownerId)),
  );
  return (
    <LcSection id="lc-attachments-title" title={t('lc.attachments.title')}>
      <AttachmentList ownerId={file.case.id} title={t('lc.attachments.ownerCase')} />
      {slots.map((s) => (
        <AttachmentList key={s.ownerId} ownerId={s.ownerId} title={t(`lc.attachments.slots.${s.slot}`, { round: s.round })} addLabel={t('lc.attachments.addScan')} />
      ))}
    </LcSection>
  );
}
