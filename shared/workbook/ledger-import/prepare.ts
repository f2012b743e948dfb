/**
 * The wizard's second step over a read 台账 (issue 18.2): each sheet's
 * table found (layout.ts) and its columns mapped — by the mapping saved for
 * the same layout, else by header and position (mapping.ts) — and the
 * sheets skipped with their reason. The clerk then changes columns
 * (remapColumn) before the dry run (plan.ts). Pure.
 */
import { detectLayout, type SheetLayout, type SkippedSheet } from './layout';
import { mappingFor, type ColumnMapping, type SavedMapping } from './mapping';
import type { WorkbookContent } from './read';

export interface SheetToImport {
  layout: SheetLayout;
  mapping: readonly ColumnMapping[];
}

export interface PreparedWorkbook {
  sheets: SheetToImport[];
  skipped: SkippedSheet[];
}

export function prepareSheets(content: WorkbookContent, saved: readonly SavedMapping[] = []): PreparedWorkbook {
  const prepared: PreparedWorkbook = { sheets: [], skipped: [] };
  for (const sheet of content.sheets) {
    const layout = detectLayout(sheet);
    if (layout.kind === 'skipped') prepared.skipped.push(layout);
    else prepared.sheets.push({ layout, mapping: mappingFor(layout.columns, saved) });
  }
  return prepared;
}
