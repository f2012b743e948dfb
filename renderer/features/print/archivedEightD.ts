/**
 * The 8D report of an archived case as the print dialog prints it (issue
 * 20.6 follow-up): its bundle and approved revisions from the archive file
 * (shared/domain/retention/archived-case.ts), its D2 / D4 / D6 photos from
 * the file's attachments and blobs (scaled for the document as on a live
 * case), mapped by shared/report/data.ts. A photo whose bytes the file lacks
 * is left out, as on a PC that has not received it. Reads only.
 */
import type { ArchiveContent } from '../../../shared/archive/case-archive';
import type { ComplaintCase } from '../../../shared/domain/case';
import { eightDPhotoOwner, PHOTO_DISCIPLINES } from '../../../shared/domain/eightd/records';
import type { AttachmentRecord } from '../../../shared/domain/lifecycle/records';
import type { ArchivedEightD } from '../../../shared/domain/retention/archived-case';
import type { Settings } from '../../../shared/domain/settings';
import { eightDReportData, type EightDPhotoSource } from '../../../shared/report/data';
import type { EightDReportData } from '../../../shared/report/types';
import { photoForDocument } from '../../ui/attachments/scaledImage';

export async function archivedEightDData(content: Pick<ArchiveContent, 'records' | 'blobs'>, record: ComplaintCase, report: ArchivedEightD, settings: Settings, user: string, now: string): Promise<EightDReportData> {
  const owners = new Set(PHOTO_DISCIPLINES.map((d) => eightDPhotoOwner(report.bundle.report.id, d)));
  const photos: EightDPhotoSource[] = [];
  for (const row of content.records.attachments ?? []) {
    const attachment = row as unknown as AttachmentRecord;
    if (attachment.caseId !== record.id || attachment.deleted || !owners.has(attachment.ownerId) || typeof attachment.sha256 !== 'string') continue;
    const bytes = content.blobs.get(attachment.sha256);
    if (bytes) photos.push({ attachment, bytes: await photoForDocument(bytes, attachment.mimeType) });
  }
  return eightDReportData({ case: record, bundle: report.bundle, revisions: report.revisions, photos, companyName: settings.companyName, logoDataUrl: settings.printing.logoDataUrl, now, user });
}
