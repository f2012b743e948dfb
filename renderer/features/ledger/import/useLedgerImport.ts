/**
 * The state of the 导入台账 wizard (issue 18.2): the workbook read, its
 * sheets with their column mappings, the defaults the ledger lacks, the
 * dry run (planned against the stored cases, written as the repository
 * will write it; names unknown to the master data mapped to entries) and the write after the clerk confirms. Drives the pure
 * core of shared/workbook/ledger-import in the order of docs/ledger-import.md;
 * nothing is written before confirm().
 */
import { useState } from 'react';
import type { ImportProgress, LedgerImportResult } from '../../../db/types';
import { writablePlan } from '../../../db/ledger-import-write';
import { WorkbookRefused } from '../../../../shared/workbook/ledger-import/guard';
import { remapColumn, saveMapping, type ImportField } from '../../../../shared/workbook/ledger-import/mapping';
import { withSavedMappings } from '../../../../shared/domain/case-import';
import type { NameMappings, UnknownName } from '../../../../shared/workbook/ledger-import/names';
import { planImport, type ImportPlan } from '../../../../shared/workbook/ledger-import/plan';
import { prepareSheets, type PreparedWorkbook } from '../../../../shared/workbook/ledger-import/prepare';
import { readLedgerWorkbook, type WorkbookContent } from '../../../../shared/workbook/ledger-import/read';
import type { ImportDefaults } from '../../../../shared/workbook/ledger-import/rows';
import { yearInText } from '../../../../shared/workbook/ledger-import/values';
import { nameKey } from '../../../../shared/domain/master-data/normalize';
import { useMasterDataStore } from '../../../state/master-data-store';
import { sessionActions, sessionNow, useRepositories, useSettings } from '../../../state/session';

export const DEFAULT_IMPORT_DEFAULTS: ImportDefaults = {
  contactChannel: 'phone',
  market: 'domestic',
  foundAt: 'incoming_inspection',
  occurrence: 'first',
  customerRequests: ['explanation_only'],
};

export type WizardStep =
  | { step: 'pick'; reading: boolean; refusal: WorkbookRefused | null }
  | { step: 'mapping' }
  | { step: 'dryRun'; plan: ImportPlan }
  | { step: 'writing'; progress: ImportProgress | null }
  | { step: 'done'; result: LedgerImportResult; notWritten: NonNullable<ImportPlan['notWritten']> };

/** A dry run with nothing to create or update (confirming would write nothing). */
export const writesNothing = (plan: ImportPlan): boolean => plan.creates.length + plan.updates.length === 0;

export interface LoadedWorkbook {
  fileName: string;
  content: WorkbookContent;
  prepared: PreparedWorkbook;
}

export function useLedgerImport() {
  const repositories = useRepositories();
  const settings = useSettings();
  const [state, setState] = useState<WizardStep>({ step: 'pick', reading: false, refusal: null });
  const [workbook, setWorkbook] = useState<LoadedWorkbook | null>(null);
  const [defaults, setDefaults] = useState<ImportDefaults>(DEFAULT_IMPORT_DEFAULTS);
  const [nameMappings, setNameMappings] = useState<NameMappings>({});
  /** The names the first dry run did not know (kept while the clerk maps them). */
  const [unknown, setUnknown] = useState<UnknownName[]>([]);

  const read = async (file: File) => {
    setState({ step: 'pick', reading: true, refusal: null });
    try {
      const content = await readLedgerWorkbook(new Uint8Array(await file.arrayBuffer()));
      // A layout mapped before on this PC gets its mapping again (PC settings).
      setWorkbook({ fileName: file.name, content, prepared: prepareSheets(content, settings.importMappings) });
      setState({ step: 'mapping' });
    } catch (e) {
      if (!(e instanceof WorkbookRefused)) throw e;
      setState({ step: 'pick', reading: false, refusal: e });
    }
  };

  const remap = (sheetIndex: number, column: number, field: ImportField | null) => {
    if (!workbook) return;
    const sheets = workbook.prepared.sheets.map((s, i) => (i === sheetIndex ? { ...s, mapping: remapColumn(s.mapping, column, field) } : s));
    setWorkbook({ ...workbook, prepared: { ...workbook.prepared, sheets } });
  };

  const plan = async (mappings: NameMappings) => {
    if (!workbook) return;
    const existing = await repositories.cases.existingForImport();
    const planned = planImport(workbook.prepared.sheets, {
      now: new Date(sessionNow()),
      year: yearInText(workbook.fileName),
      defaults,
      masterEntries: useMasterDataStore.getState().entries,
      nameMappings: mappings,
      existing,
    });
    setState({ step: 'dryRun', plan: writablePlan(planned) });
    return planned;
  };

  const dryRun = async () => {
    const planned = await plan(nameMappings);
    if (planned) setUnknown((before) => [...before.filter((u) => nameMappings[u.kind]?.[nameKey(u.name)]), ...planned.unknownNames]);
  };

  /** The clerk maps a name unknown to the master data to an entry ('' = import it as written); the dry run is planned again. */
  const mapName = async (name: UnknownName, entryId: string) => {
    const { [nameKey(name.name)]: _old, ...rest } = nameMappings[name.kind] ?? {};
    const mappings = { ...nameMappings, [name.kind]: entryId ? { ...rest, [nameKey(name.name)]: entryId } : rest };
    setNameMappings(mappings);
    await plan(mappings);
  };

  const confirm = async (plan: ImportPlan) => {
    setState({ step: 'writing', progress: null });
    try {
      const result = await repositories.cases.importLedger(plan, { onProgress: (progress) => setState({ step: 'writing', progress }) });
      setState({ step: 'done', result, notWritten: plan.notWritten ?? [] });
      // Next month's workbook of the same layout opens with the mapping the clerk confirmed.
      if (workbook) {
        const confirmed = workbook.prepared.sheets.map((sheet) => saveMapping(sheet.layout.columns, sheet.mapping));
        await sessionActions.updateSettings({ importMappings: withSavedMappings(settings.importMappings, confirmed) });
      }
    } catch (e) {
      setState({ step: 'dryRun', plan });
      throw e;
    }
  };

  const back = () => setState({ step: 'mapping' });
  return { state, workbook, defaults, setDefaults, read, remap, dryRun, confirm, back, unknown, nameMappings, mapName };
}
