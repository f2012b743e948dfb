/**
 * What every layout renders from: the report data, the options, the labels
 * of the chosen language, the photos with their kind and size read from the
 * bytes (null when they cannot be embedded), and the causes in fishbone
 * order with the number each one is cited by.
 */
import { CAUSE_ANALYSES, CAUSE_CATEGORIES, type EightDCause, type PhotoDiscipline } from '../domain/eightd/records';
import { readImageInfo, type ImageInfo } from './image-size';
import { createLabels, type Labels } from './labels';
import type { EightDExportOptions, EightDPhoto, EightDReportData } from './types';

export interface PreparedPhoto {
  photo: EightDPhoto;
  /** null: not a readable PNG or JPEG — listed by file name instead. */
  image: ImageInfo | null;
  /** Figure number in the document, 1-based, over all embedded photos. */
  figure: number;
}

export interface ReportContext {
  data: EightDReportData;
  options: EightDExportOptions;
  t: Labels;
  photos: Record<PhotoDiscipline, PreparedPhoto[]>;
  /** Causes ordered occurrence then escape, each by 人机料法测环. */
  causes: EightDCause[];
  /** Cause id → its number (1-based) in `causes`. */
  causeNumber: Map<string, number>;
}

export function orderCauses(causes: readonly EightDCause[]): EightDCause[] {
  const rank = (c: EightDCause) => CAUSE_ANALYSES.indexOf(c.analysis) * 100 + CAUSE_CATEGORIES.indexOf(c.category);
  return causes.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
}

export function createReportContext(data: EightDReportData, options: EightDExportOptions): ReportContext {
  const photos: Record<PhotoDiscipline, PreparedPhoto[]> = { D2: [], D4: [], D6: [] };
  let figure = 0;
  for (const discipline of ['D2', 'D4', 'D6'] as const) {
    for (const photo of data.photos.filter((p) => p.discipline === discipline)) {
      const image = readImageInfo(photo.bytes);
      photos[discipline].push({ photo, image, figure: image ? ++figure : 0 });
    }
  }
  const causes = orderCauses(data.eightD.causes);
  return {
    data,
    options,
    t: createLabels(options),
    photos,
    causes,
    causeNumber: new Map(causes.map((c, i) => [c.id, i + 1])),
  };
}
