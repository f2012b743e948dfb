/** D8 修订记录: the approved revisions (Rev.0 the initial issue) and the one in work, as the Word/PDF print them. */
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { revisionLabel, revisionRows } from '../../../shared/domain/eightd/revisions';
import { formatDate } from '../../ui/dates';
import { useEightD } from './eightDFileContext';

export function RevisionTable() {
  const { t } = useTranslation();
  const { file } = useEightD();
  const rows = revisionRows(file.bundle.report, file.revisions);
  return (
    <>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('eightD.revision.table')}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('eightD.revision.none')}</Typography>
      ) : (
        <Table size="small" aria-label={t('eightD.revision.table')} data-testid="ed-revisions">
          <TableHead>
            <TableRow>
              <TableCell>{t('eightD.revision.revision')}</TableCell>
              <TableCell>{t('eightD.revision.date')}</TableCell>
              <TableCell>{t('eightD.revision.reason')}</TableCell>
              <TableCell>{t('eightD.revision.by')}</TableCell>
              <TableCell>{t('eightD.revision.approved')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.revision} data-testid="ed-revision-row">
                <TableCell>{revisionLabel(r.revision)}</TableCell>
                <TableCell>{r.date ? formatDate(r.date) : ''}</TableCell>
                <TableCell>{r.revision === 0 && r.reason === '' ? t('eightD.revision.initial') : r.reason}</TableCell>
                <TableCell>{r.by}</TableCell>
                <TableCell>{r.approvedAt ? `${r.approvedBy} ${formatDate(r.approvedAt)}` : t('eightD.revision.inWork')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
