/** 字典: the master data, one tab per kind, a search (code, name, alias, pinyin), add/edit, deactivate/activate and confirming entries added at intake. */
import { Alert, Box, Button, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MASTER_KINDS, type MasterEntry, type MasterKind } from '../../../shared/domain/master-data/entry';
import { refreshMasterData, typeaheadOf } from '../../state/master-data-store';
import { notify } from '../../state/notices';
import { useRepositories } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { useCanEditMasterData } from './access';
import { MasterEntryDialog } from './MasterEntryDialog';
import { MasterEntryTable } from './MasterEntryTable';
import { visibleEntries } from './visibleEntries';

/** Rows shown at once (a search narrows 20,000 customers to these). */
const ROW_LIMIT = 200;

export function MasterDataPage() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { entries, version } = useMasterEntries();
  const [kind, setKind] = useState<MasterKind>('customer');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ entry: MasterEntry | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const editable = useCanEditMasterData();

  const { rows, total } = useMemo(() => visibleEntries(kind, entries, query, () => typeaheadOf(kind, true), ROW_LIMIT), [kind, entries, query, version]);
  const parents = useMemo(() => entries.filter((e) => e.kind === 'defectType' && e.parentId === ''), [entries]);

  const write = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      await refreshMasterData(repositories);
      notify('masterData.saved');
    } catch (error) {
      setFailure(t('masterData.failed', { message: errorMessage(error, t) }));
    }
  };

  return (
    <Box>
      <Typography variant="h1" component="h1" sx={{ mb: 1 }}>
        {t('masterData.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('masterData.intro')}
      </Typography>
      <Tabs value={kind} onChange={(_, next: MasterKind) => setKind(next)} variant="scrollable" sx={{ mb: 2 }}>
        {MASTER_KINDS.map((k) => (
          <Tab key={k} value={k} label={t(`masterData.kinds.${k}`)} data-testid={`master-tab-${k}`} />
        ))}
      </Tabs>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField size="small" label={t('masterData.search')} value={query} onChange={(e) => setQuery(e.target.value)} sx={{ minWidth: 320 }} slotProps={{ htmlInput: { 'data-testid': 'master-search' } }} />
        <Typography color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {t('masterData.count', { count: total })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        {editable && (
          <Button variant="contained" onClick={() => setEditing({ entry: null })} data-testid="master-add">
            {t('masterData.add')}
          </Button>
        )}
      </Box>
      {failure && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {failure}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Typography color="text.secondary">{query.trim() ? t('masterData.noMatch') : t('masterData.empty')}</Typography>
      ) : (
        <MasterEntryTable
          rows={rows}
          editable={editable}
          onEdit={(entry) => setEditing({ entry })}
          onSetActive={(entry, active) => void write(() => repositories.masterData.setActive(entry.id, active))}
          onConfirm={(entry) => void write(() => repositories.masterData.confirm(entry.id))}
        />
      )}
      {editing && <MasterEntryDialog key={editing.entry?.id ?? 'new'} kind={kind} entry={editing.entry} parents={parents} onClose={() => setEditing(null)} />}
    </Box>
  );
}
