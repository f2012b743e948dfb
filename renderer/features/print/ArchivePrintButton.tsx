/**
 * 打印 on an archived case (issue 20.6 follow-up): projects the case from the
 * archive file's records (shared/domain/retention/archived-case.ts) and opens
 * the case print dialog on it read-only, offering the forms its records fill
 * (its newest 8D report too, gathered from the file when 打印 is pressed) and
 * marking every copy 归档副本. Records the file lacks are a clear message
 * instead of a dialog. The archive page gets this button from renderer/app
 * (a feature never imports another).
 */
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Button } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveContent } from '../../../shared/archive/case-archive';
import type { ComplaintCase } from '../../../shared/domain/case';
import { archivedCaseFile, archivedEightDs, isArchivedCaseProblem, type ArchivedCaseFile } from '../../../shared/domain/retention/archived-case';
import { archiveFormKinds } from '../../../shared/forms/archive-forms';
import type { EightDReportData } from '../../../shared/report/types';
import { useClerk, useSettings } from '../../state/session';
import { formatDate, nowIso } from '../../ui/dates';
import { archivedEightDData } from './archivedEightD';
import { PrintDialog, type ArchivedPrint } from './PrintDialog';

/** The archived case to print and the archive file it is in. */
export interface ArchivedCaseToPrint {
  caseId: string;
  content: Pick<ArchiveContent, 'records' | 'ops' | 'blobs'>;
  fileName: string;
  /** When the archive file was made (its manifest's createdAt, ISO). */
  archivedAt: string;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function ArchivePrintButton({ caseId, content, fileName, archivedAt }: ArchivedCaseToPrint) {
  const { t } = useTranslation();
  const settings = useSettings();
  const clerk = useClerk();
  const [opened, setOpened] = useState<{ record: ComplaintCase; archived: ArchivedPrint; eightD: EightDReportData | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const file = useMemo((): ArchivedCaseFile | { problem: string } => {
    try {
      const f = archivedCaseFile(content.records, caseId);
      if (!isArchivedCaseProblem(f)) return f;
      return { problem: f.problem === 'noCase' ? t('print.archive.noCase') : t('print.archive.missingTable', { table: t(`archive.tables.${f.table}` as 'archive.tables.costs', { defaultValue: f.table }) }) };
    } catch (error) {
      // Rows of the right tables whose fields are not what the forms read (a damaged or foreign file).
      return { problem: t('print.archive.unreadable', { message: messageOf(error) }) };
    }
  }, [content, caseId, t]);

  const open = async () => {
    setProblem(null);
    if ('problem' in file) {
      setProblem(file.problem);
      return;
    }
    setBusy(true);
    try {
      const report = archivedEightDs(content.records, caseId).at(-1);
      const eightD = report ? await archivedEightDData(content, file.case, report, settings, clerk?.name ?? '', nowIso()) : null;
      const archived: ArchivedPrint = { view: file.view, ops: content.ops, kinds: archiveFormKinds(file.case, file.view, eightD !== null), copy: { fileName, archivedOn: formatDate(archivedAt) } };
      setOpened({ record: file.case, archived, eightD });
    } catch (error) {
      setProblem(t('print.archive.unreadable', { message: messageOf(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {problem && (
        <Alert severity="error" sx={{ flex: 1 }} data-testid="archive-print-problem">
          {problem}
        </Alert>
      )}
      <Button variant="outlined" startIcon={<PrintIcon />} disabled={busy} onClick={() => void open()} data-testid="archived-case-print">
        {t('print.button')}
      </Button>
      {opened && <PrintDialog record={opened.record} open onClose={() => setOpened(null)} archived={opened.archived} eightD={opened.eightD} />}
    </>
  );
}
