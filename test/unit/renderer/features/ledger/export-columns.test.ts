// The ledger export's columns and texts: the table's columns first, in the
// table's order, then the facts it has no room for; every header and every
// enum value a real text in 简体中文 and in English (never a missing key).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS } from '../../../../../renderer/features/ledger/columns';
import { EXPORT_COLUMNS, exportLabels } from '../../../../../renderer/features/ledger/exportColumns';
import { en } from '../../../../../renderer/i18n/en';
import { zhCN } from '../../../../../renderer/i18n/zh-CN';
import { CASE_COLUMNS, LINE_COLUMNS } from '../../../../../shared/workbook/ledger-workbook';
import { CASE_STATES } from '../../../../../shared/domain/lifecycle/states';
import { DISPOSITION_KINDS } from '../../../../../shared/domain/lifecycle/records';

describe('ledger export columns and labels', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
  });

  it('exports the table columns in its order, then every other column once', () => {
    expect(EXPORT_COLUMNS.slice(0, LEDGER_COLUMNS.length)).toEqual(LEDGER_COLUMNS.map((c) => c.key));
    expect([...EXPORT_COLUMNS].sort()).toEqual([...CASE_COLUMNS].sort());
  });

  it('has the table headers and texts for every column and value in Chinese and English', () => {
    for (const [language, caseNumber, state] of [['zh-CN', '案件编号', '原因分析'], ['en', 'Case number', 'Analysis']] as const) {
      const labels = exportLabels(i18next.getFixedT(language));
      expect(labels.caseHeaders.caseNumber).toBe(caseNumber);
      for (const key of CASE_COLUMNS) expect(labels.caseHeaders[key], `${language} ${key}`).toMatch(/^(?!ledger|lc\.)\S/);
      for (const key of LINE_COLUMNS) expect(typeof labels.lineHeaders[key], `${language} ${key}`).toBe('string');
      expect(labels.state.analysis).toBe(state);
      for (const s of CASE_STATES) expect(labels.state[s], s).toBeTruthy();
      for (const k of DISPOSITION_KINDS) expect(labels.dispositionKind[k], k).toBeTruthy();
    }
    expect(exportLabels(i18next.getFixedT('zh-CN')).caseHeaders.nextDueAt).toBe('期限');
  });
});
