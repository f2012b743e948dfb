/**
 * From stored records to the input of the 8D outputs (EightDReportData, the
 * input of the Word builder and of the printed form): the case header, the
 * report with its live child records (or an earlier revision's frozen
 * snapshot, revisionSource), its revision table, and the photos of D2 / D4 / D6 — the
 * case attachments whose ownerId is eightDPhotoOwner(reportId, discipline),
 * each with the bytes the caller read. Pure: no store, no clock; the caller
 * passes "now" and the clerk.
 */
import type { ComplaintCase } from '../domain/case';
import { eightDPhotoOwner, PHOTO_DISCIPLINES, type EightDBundle, type EightDRevision, type PhotoDiscipline } from '../domain/eightd/records';
import { bundleOfSnapshot, findRevision, revisionRows } from '../domain/eightd/revisions';
import type { AttachmentRecord } from '../domain/lifecycle/records';
import { imageMimeType } from './image-size';
import type { EightDPhoto, EightDReportData } from './types';

/** One attachment and its bytes (the full file, or a smaller rendition the caller chose). */
export interface EightDPhotoSource {
  attachment: AttachmentRecord;
  bytes: Uint8Array;
  /** Printed under the photo; default: the file name without its extension. */
  caption?: string;
}

export interface EightDReportSource {
  case: ComplaintCase;
  bundle: EightDBundle;
  /** The report's approved revisions (for the revision table; an earlier revision prints the table as of itself). */
  revisions: readonly EightDRevision[];
  /** Attachments of the case with their bytes; those that are not photos of this report are left out. */
  photos: readonly EightDPhotoSource[];
  /** settings.companyName */
  companyName: string;
  /** settings.printing.logoDataUrl ('' = none). */
  logoDataUrl: string;
  /** ISO moment the document is made (e.g. renderer nowIso()). */
  now: string;
  /** The clerk making the document. */
  user: string;
}

export class EightDReportDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EightDReportDataError';
  }
}

function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/**
 * The photos of one report in print order: D2, D4, D6, each in the order
 * they were added (then by file name, then id, so the order is stable).
 * Deleted attachments, attachments of other cases and of other owners are
 * left out; an attachment given twice is used once.
 */
export function eightDPhotos(caseId: string, reportId: string, sources: readonly EightDPhotoSource[]): EightDPhoto[] {
  const disciplineOf = new Map<string, PhotoDiscipline>(PHOTO_DISCIPLINES.map((d) => [eightDPhotoOwner(reportId, d), d]));
  const seen = new Set<string>();
  const picked: { d: PhotoDiscipline; s: EightDPhotoSource }[] = [];
  for (const s of sources) {
    const a = s.attachment;
    const d = disciplineOf.get(a.ownerId);
    if (d === undefined || a.deleted || a.caseId !== caseId || seen.has(a.id)) continue;
    seen.add(a.id);
    picked.push({ d, s });
  }
  const rank = (d: PhotoDiscipline) => PHOTO_DISCIPLINES.indexOf(d);
  picked.sort(
    (x, y) =>
      rank(x.d) - rank(y.d) ||
      x.s.attachment.addedAt.localeCompare(y.s.attachment.addedAt) ||
      x.s.attachment.fileName.localeCompare(y.s.attachment.fileName) ||
      x.s.attachment.id.localeCompare(y.s.attachment.id),
  );
  return picked.map(({ d, s }) => ({
    discipline: d,
    fileName: s.attachment.fileName,
    // The type from the bytes themselves (a thumbnail may be a JPEG of a PNG original).
    mimeType: imageMimeType(s.bytes) ?? s.attachment.mimeType,
    bytes: s.bytes,
    caption: s.caption ?? baseName(s.attachment.fileName),
  }));
}

/**
 * EightDReportData of one report. The report must belong to the case (a
 * clear error otherwise: printing another case's 8D under this header would
 * be wrong on paper); child records that are tombstoned or belong to another
 * report are left out.
 */
export function eightDReportData(src: EightDReportSource): EightDReportData {
  const c = src.case;
  const { report } = src.bundle;
  if (report.caseId !== c.id) throw new EightDReportDataError(`8D ${report.number} belongs to another case (${report.caseId}), not to ${c.caseNumber}`);
  const live = <T extends { reportId: string; deleted: boolean }>(rows: readonly T[]): T[] => rows.filter((r) => !r.deleted && r.reportId === report.id);
  return {
    companyName: src.companyName,
    logoDataUrl: src.logoDataUrl,
    case: {
      caseNumber: c.caseNumber,
      customerName: c.customerName,
      productModel: c.productModel,
      partNumber: c.partNumber,
      lotNumber: c.lotNumber,
      receivedAt: c.receivedAt,
      quantityDelivered: c.quantityDelivered,
      quantityDefective: c.quantityDefective,
      defectDescription: c.defectDescription,
    },
    eightD: {
      report,
      members: live(src.bundle.members),
      containment: live(src.bundle.containment),
      causes: live(src.bundle.causes),
      correctives: live(src.bundle.correctives),
      prevention: live(src.bundle.prevention),
      checks: live(src.bundle.checks ?? []),
    },
    revisions: revisionRows(report, src.revisions),
    photos: eightDPhotos(c.id, report.id, src.photos),
    generatedAt: src.now,
    generatedBy: src.user,
  };
}

/**
 * The source of an earlier, approved revision as it was: its snapshot as the
 * bundle, and of `photos` only those the snapshot had (a photo removed since
 * is printed when its bytes are still given). Undefined when the report has
 * no approved revision of that number.
 */
export function revisionSource(src: EightDReportSource, revision: number): EightDReportSource | undefined {
  const frozen = findRevision(src.revisions, src.bundle.report.id, revision);
  if (!frozen) return undefined;
  const had = new Set(frozen.snapshot.photoIds);
  return { ...src, bundle: bundleOfSnapshot(frozen.snapshot), photos: src.photos.filter((p) => had.has(p.attachment.id)) };
}
