/**
 * 归档 (issue 20.6): the archive batches, the archive files in the archive
 * folder and any archive file the clerk picks, opened READ-ONLY: read and
 * checked whole (a damaged file is refused with the reason, nothing of it
 * shown), its cases listed and searched like the ledger, each case shown
 * read-only (ArchivedCase) with the print button renderer/app gives it
 * (printButton: the case's forms reprinted as 归档副本). Nothing here writes
 * to the working database.
 */
import { Alert, Box, Button, List, ListItem, ListItemText, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveContent, ArchiveIndexEntry, ArchiveManifest } from '../../../shared/archive/case-archive';
import { retentionActions, searchArchive } from '../../state/retention';
import { formatDateTime } from '../../ui/dates';
import { ArchiveBatches } from './ArchiveBatches';
import { ArchivedCase } from './ArchivedCase';
import { archiveFailureText } from './batchText';

interface Opened {
  fileName: string;
  manifest: ArchiveManifest;
  content: ArchiveContent;
}

/** The archived case a print button prints: its id, the archive's records, ops and attachment bytes, the file and when it was made (manifest createdAt). */
export interface ArchivedCaseRef {
  caseId: string;
  content: Pick<ArchiveContent, 'records' | 'ops' | 'blobs'>;
  fileName: string;
  archivedAt: string;
}

export function ArchivePage({ printButton: PrintButton }: { printButton?: ComponentType<ArchivedCaseRef> } = {}) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState<{ folder: string | null; files: { fileName: string; size: number }[] } | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<ArchiveIndexEntry | null>(null);

  useEffect(() => {
    retentionActions.list().then(setFolder, () => setFolder({ folder: null, files: [] }));
  }, []);

  const open = async (fileName: string, read: () => Promise<{ manifest: ArchiveManifest; content: ArchiveContent }>) => {
    setBusy(true);
    setFailure(null);
    setOpened(null);
    setShown(null);
    try {
      setOpened({ fileName, ...(await read()) });
    } catch (error) {
      setFailure(archiveFailureText(error, t));
    } finally {
      setBusy(false);
    }
  };
  const found = useMemo(() => (opened ? searchArchive(opened.content.index, query) : []), [opened, query]);

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Typography variant="h1" component="h1" sx={{ mb: 1 }}>
        {t('archive.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('archive.intro')}
      </Typography>
      <ArchiveBatches />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {t('archive.filesTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {folder?.folder ? t('archive.folder', { folder: folder.folder }) : t('archive.noFolder')}
      </Typography>
      {folder?.folder && folder.files.length === 0 && <Typography variant="body2">{t('archive.noFiles')}</Typography>}
      <List dense data-testid="archive-files">
        {folder?.files.map((f) => (
          <ListItem key={f.fileName} secondaryAction={<Button size="small" disabled={busy} onClick={() => void open(f.fileName, () => retentionActions.openFromFolder(f.fileName))} data-testid="archive-open">{t('archive.open')}</Button>}>
            <ListItemText primary={f.fileName} secondary={`${Math.ceil(f.size / 1024)} KB`} />
          </ListItem>
        ))}
      </List>
      <Button component="label" variant="outlined" disabled={busy} data-testid="archive-open-other">
        {t('archive.openOther')}
        <input hidden type="file" accept=".qarc" onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file.name, async () => retentionActions.openBytes(new Uint8Array(await file.arrayBuffer())));
        }} />
      </Button>
      {busy && <Typography variant="body2" sx={{ mt: 1 }}>{t('archive.opening')}</Typography>}
      {failure && <Alert severity="error" sx={{ mt: 1 }} data-testid="archive-refused">{failure}</Alert>}
      {opened && (
        <Box sx={{ mt: 2 }} data-testid="archive-opened">
          <Alert severity="info">
            {t('archive.opened', { file: opened.fileName, count: opened.manifest.caseCount, by: opened.manifest.createdBy.name, at: formatDateTime(opened.manifest.createdAt), cutoff: opened.manifest.cutoffDate, years: opened.manifest.archiveAfterYears })}
          </Alert>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', my: 1 }}>
            <TextField size="small" label={t('archive.search')} value={query} onChange={(e) => setQuery(e.target.value)} sx={{ flex: 1 }} slotProps={{ htmlInput: { 'data-testid': 'archive-search' } }} />
            <Typography variant="body2">{t('archive.results', { count: found.length })}</Typography>
          </Stack>
          <Table size="small" data-testid="archive-cases">
            <TableHead>
              <TableRow>
                {(['caseNumber', 'customer', 'model', 'receivedAt', 'closedAt', 'state', 'supplier'] as const).map((c) => (
                  <TableCell key={c}>{t(`archive.columns.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {found.slice(0, 500).map((e) => (
                <TableRow key={e.caseId} hover onClick={() => setShown(e)} sx={{ cursor: 'pointer' }} data-testid="archive-case-row">
                  <TableCell>{e.caseNumber}</TableCell>
                  <TableCell>{e.customerName}</TableCell>
                  <TableCell>{e.productModel}</TableCell>
                  <TableCell>{formatDateTime(e.receivedAt)}</TableCell>
                  <TableCell>{e.closedAt ? formatDateTime(e.closedAt) : ''}</TableCell>
                  <TableCell>{t(`lc.steps.${e.state}` as 'lc.steps.closed', { defaultValue: e.state })}</TableCell>
                  <TableCell>{e.hasSupplierRecords ? t('archive.yes') : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {opened && shown && (
        <ArchivedCase
          entry={shown}
          content={opened.content}
          onClose={() => setShown(null)}
          printButton={PrintButton && <PrintButton key={`${opened.fileName}/${shown.caseId}`} caseId={shown.caseId} content={opened.content} fileName={opened.fileName} archivedAt={opened.manifest.createdAt} />}
        />
      )}
    </Box>
  );
}
