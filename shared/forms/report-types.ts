/**
 * The input of the office's printed reports (issue 17): the monthly
 * complaint statistics report and the 品质履历表 — plain data already
 * decided (texts as printed, charts as SVG data: URLs drawn by the
 * renderer's ECharts), like the case forms' view models in types.ts.
 */

/** One key figure of the report: 客诉件数 12, 按期结案率 83.3 % (target ≥ 90 %, missed). */
export interface ReportFigure {
  label: string;
  value: string;
  /** The target as printed ('' = none) and whether the value misses it. */
  target: string;
  missed: boolean;
  /** How it is computed, printed small. */
  note: string;
}

/** A chart as an image: an SVG data: URL (data:image/svg+xml;base64,…). */
export interface ReportChart {
  title: string;
  dataUrl: string;
}

/** A table of the report: headers, column widths in %, rows of printed texts, numeric columns right-aligned; an optional bold totals row. */
export interface ReportTable {
  title: string;
  head: string[];
  widths: number[];
  rows: string[][];
  numeric: number[];
  totals?: string[];
  /** Printed under the table (how its numbers are counted), '' for none. */
  note: string;
}

export interface MonthlyReportData {
  /** 2026年11月 / 2026年第4季度 / 2026年 / 2026-11-01 至 2026-11-15. */
  periodTitle: string;
  /** 2026-11-01 至 2026-11-30（工厂时间） */
  periodRange: string;
  /** Which complaints the breakdowns count (本期受理的投诉 / 本期结案的投诉). */
  basisText: string;
  /** The report's number, e.g. 客诉统计-2026-11. */
  number: string;
  figures: ReportFigure[];
  charts: ReportChart[];
  tables: ReportTable[];
  /** The open and overdue cases at the end of the period (open-cases.ts), overdue first. */
  openCases: ReportTable;
  preparedBy: string;
}

/** One complaint on the 品质履历表. */
export interface QualityHistoryLine {
  caseNumber: string;
  date: string;
  /** The other party: the customer on a model's history, the model on a customer's. */
  party: string;
  lotNumber: string;
  defect: string;
  quantityDefective: string;
  occurrenceCause: string;
  escapeCause: string;
  temporaryMeasures: string;
  permanentMeasures: string;
  eightDNumbers: string;
  effect: string;
  /** Photo thumbnails (data:image/png|jpeg URLs) with their file names. */
  photos: { dataUrl: string; caption: string }[];
}

export interface QualityHistoryFormData {
  /** 型号 / 客户 */
  subjectLabel: string;
  subjectName: string;
  /** 全部 or the date range. */
  rangeText: string;
  /** The heading of the party column: 客户 on a model's history, 型号 on a customer's. */
  partyLabel: string;
  lines: QualityHistoryLine[];
  /** 共 12 件，措施已验证有效 8 件，待验证 3 件 */
  summary: string;
}
