/**
 * 打印 on an archived case (issue 20.6 follow-up): projects the case from the
 * archive file's records (shared/domain/retention/archived-case.ts) and opens
 * the case print dialog on it read-only, offering the forms its records fill
 * and marking every copy 归档副本. Records the file lacks are a clear
 * message instead of a dialog. The archive page gets this button from
 * renderer/app (a feature never imports another).
 */
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Button } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveContent } from '../../../shared/archive/case-archive';
import type { ComplaintCase } from '../../../shared/domain/case';
import { archivedCaseFile, isArchivedCaseProblem } from '../../../shared/domain/retention/archived-case';
import { archiveFormKinds } from '../../../shared/forms/archive-forms';
import { formatDate } from '../../ui/dates';
import { PrintDialog, type ArchivedPrint } from './PrintDialog';

/** The archived case to print and the archive file it is in. */
export interface ArchivedCaseToPrint {
  caseId: string;
  content: Pick<ArchiveContent, 'records' | 'ops'>;
  fileName: string;
  /** When the archive file was made (its manifest's createdAt, ISO). */
  archivedAt: string;
}

export function ArchivePrintButton({ caseId, content, fileName, archivedAt }: ArchivedCaseToPrint) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const prepared = useMemo((): { problem: string } | { record: ComplaintCase; archived: ArchivedPrint } => {
    try {
      const file = archivedCaseFile(content.records, caseId);
      if (isArchivedCaseProblem(file)) {
        return { problem: file.problem === 'noCase' ? t('print.archive.noCase') : t('print.archive.missingTable', { table: t(`archive.tables.${file.table}` as 'archive.tables.costs', { defaultValue: file.table }) }) };
      }
      const archived: ArchivedPrint = { view: file.view, ops: content.ops, kinds: archiveFormKinds(file.case, file.view), copy: { fileName, archivedOn: formatDate(archivedAt) } };
      return { record: file.case, archived };
    } catch (error) {
      // Rows of the right tables whose fields are not what the forms read (a damaged or foreign file).
      return { problem: t('print.archive.unreadable', { message: error instanceof Error ? error.message : String(error) }) };
    }
  }, [content, caseId, fileName, archivedAt, t]);

  return (
    <>
      {'problem' in prepared && open && (
        <Alert severity="error" sx={{ flex: 1 }} data-testid="archive-print-problem">
          {prepared.problem}
        </Alert>
      )}
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => setOpen(true)} data-testid="archived-case-print">
        {t('print.button')}
      </Button>
      {open && 'record' in prepared && <PrintDialog record={prepared.record} open={open} onClose={() => setOpen(false)} archived={prepared.archived} />}
    </>
  );
}
