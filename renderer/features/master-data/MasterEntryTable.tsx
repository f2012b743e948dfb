/** The entries of one kind: code, name (level-2 defect types indented under their level 1), aliases, details, status and the row actions. */
import { Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MasterEntry } from '../../../shared/domain/master-data/entry';
import type { EntryRow } from './visibleEntries';

interface Props {
  rows: readonly EntryRow[];
  editable: boolean;
  onEdit: (entry: MasterEntry) => void;
  onSetActive: (entry: MasterEntry, active: boolean) => void;
  onConfirm: (entry: MasterEntry) => void;
}

function details(entry: MasterEntry, t: TFunction): string {
  const parts: string[] = [];
  if (entry.kind === 'customer') {
    if (entry.market) parts.push(t(`choices.market.${entry.market}`));
    if (entry.contact) parts.push(entry.contact);
    if (entry.toleranceOverPercent != null || entry.toleranceUnderPercent != null) parts.push(`+${entry.toleranceOverPercent ?? '–'}% / −${entry.toleranceUnderPercent ?? '–'}%`);
    if (entry.eightDLayout) parts.push(`8D: ${entry.eightDLayout}`);
  }
  if (entry.kind === 'productModel' && entry.partNumbers?.length) parts.push(entry.partNumbers.join(', '));
  return parts.join(' · ');
}

export function MasterEntryTable({ rows, editable, onEdit, onSetActive, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Table size="small" data-testid="master-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('masterData.columns.code')}</TableCell>
          <TableCell>{t('masterData.columns.name')}</TableCell>
          <TableCell>{t('masterData.columns.aliases')}</TableCell>
          <TableCell>{t('masterData.columns.details')}</TableCell>
          <TableCell>{t('masterData.columns.status')}</TableCell>
          {editable && <TableCell>{t('masterData.columns.actions')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ entry, level, parentName }) => (
          <TableRow key={entry.id} hover sx={{ opacity: entry.active ? 1 : 0.6 }}>
            <TableCell sx={{ pl: level === 2 ? 4 : undefined }}>{entry.code}</TableCell>
            <TableCell sx={{ pl: level === 2 ? 4 : undefined, fontWeight: entry.kind === 'defectType' && level === 1 ? 600 : undefined }}>
              {level === 2 && parentName ? <span title={`${parentName} / ${entry.name}`}>└ {entry.name}</span> : entry.name}
            </TableCell>
            <TableCell>{entry.aliases.join('、')}</TableCell>
            <TableCell>{details(entry, t)}</TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5}>
                {!entry.confirmed && <Chip size="small" color="warning" label={t('masterData.pending')} title={t('masterData.pendingHint')} />}
                <Chip size="small" variant="outlined" label={entry.active ? t('masterData.active') : t('masterData.inactive')} />
              </Stack>
            </TableCell>
            {editable && (
              <TableCell>
                <Stack direction="row" spacing={0.5}>
                  <Button size="small" onClick={() => onEdit(entry)}>
                    {t('masterData.edit')}
                  </Button>
                  {!entry.confirmed && (
                    <Button size="small" color="warning" onClick={() => onConfirm(entry)}>
                      {t('masterData.confirm')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => onSetActive(entry, !entry.active)}>
                    {entry.active ? t('masterData.deactivate') : t('masterData.activate')}
                  </Button>
                </Stack>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
