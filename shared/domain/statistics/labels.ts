/**
 * The printed names of the enum values the statistics count by (severity,
 * category, department, cost kind, deadline kind, step, market): the
 * renderer's zh-CN texts, handed to the pure builders of the statistics
 * workbook and the monthly report, which print in Chinese whatever the UI
 * language. A key missing from a map prints as the key.
 */
export interface StatisticsLabels {
  severity: Readonly<Record<string, string>>;
  category: Readonly<Record<string, string>>;
  department: Readonly<Record<string, string>>;
  costKind: Readonly<Record<string, string>>;
  deadlineKind: Readonly<Record<string, string>>;
  state: Readonly<Record<string, string>>;
  market: Readonly<Record<string, string>>;
}
