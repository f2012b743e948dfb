/**
 * Reads what the 8D outputs need and maps it (shared/report/data.ts): the
 * case, the report bundle, and the bytes of every D2 / D4 / D6 photo from
 * the attachments store. A photo whose bytes are not on this PC yet (still
 * replicating) is left out and counted, so the caller can say so. Large
 * photos go in as upright 1600 px JPEGs (renderer/ui/attachments/scaledImage.ts).
 * An earlier approved revision is gathered as it was (its frozen snapshot,
 * shared/report/data.ts revisionSource); its photos are those it had that
 * are still on this PC.
 */
import type { ComplaintCase } from '../../../shared/domain/case';
import type { Settings } from '../../../shared/domain/settings';
import { eightDReportData, revisionSource, type EightDPhotoSource, type EightDReportSource } from '../../../shared/report/data';
import type { EightDReportData } from '../../../shared/report/types';
import type { Repositories } from '../../db';
import type { EightDFile } from '../../db/eightd-types';
import { nowIso } from '../../ui/dates';
import { photoForDocument } from '../../ui/attachments/scaledImage';

export interface GatheredReport {
  data: EightDReportData;
  /** Photos whose bytes are not on this PC. */
  photosMissing: number;
}

/** `revision`: an approved revision to print as it was; undefined = the report as it is now. */
export async function gatherReportData(repositories: Repositories, file: EightDFile, caseRecord: ComplaintCase, settings: Settings, user: string, revision?: number): Promise<GatheredReport> {
  const attachments = [...file.photos.D2, ...file.photos.D4, ...file.photos.D6].filter((a) => !a.deleted);
  const sources: EightDPhotoSource[] = [];
  let photosMissing = 0;
  for (const attachment of attachments) {
    const blob = await repositories.attachments.getBlob(attachment.sha256);
    if (!blob) {
      photosMissing++;
      continue;
    }
    sources.push({ attachment, bytes: await photoForDocument(new Uint8Array(await blob.arrayBuffer()), attachment.mimeType) });
  }
  const current: EightDReportSource = {
    case: caseRecord,
    bundle: file.bundle,
    revisions: file.revisions,
    photos: sources,
    companyName: settings.companyName,
    logoDataUrl: settings.printing.logoDataUrl,
    now: nowIso(),
    user,
  };
  const source = revision === undefined ? current : revisionSource(current, revision);
  if (!source) throw new Error(`8D ${file.bundle.report.number} has no approved revision ${revision}`);
  return { data: eightDReportData(source), photosMissing };
}

/** 8D20261123001.docx — the 8D number, safe as a file name. */
export function docxFileName(number: string): string {
  return `${number}.docx`.replace(/[\\/:*?"<>|]/g, '_');
}
