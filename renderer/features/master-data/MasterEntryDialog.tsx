/** Add or edit one entry; an edit writes only the fields the clerk changed (with what the form showed for them). */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKETS } from '../../../shared/domain/case';
import type { MasterEntry, MasterKind } from '../../../shared/domain/master-data/entry';
import { ValidationFailedError } from '../../db/types';
import { refreshMasterData } from '../../state/master-data-store';
import { notify } from '../../state/notices';
import { useRepositories } from '../../state/session';
import { changedFields } from '../../ui/form/useFieldDraft';
import { errorMessage } from '../../ui/errors';
import { draftToInput, entryToDraft, type EntryDraft } from './entryDraft';

interface Props {
  kind: MasterKind;
  /** null: a new entry. */
  entry: MasterEntry | null;
  /** Level-1 defect types (the parent choices). */
  parents: readonly MasterEntry[];
  onClose: () => void;
}

export function MasterEntryDialog({ kind, entry, parents, onClose }: Props) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [shown] = useState(() => entryToDraft(entry, kind));
  const [draft, setDraft] = useState<EntryDraft>(shown);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: string) => (errors[field] ? t(`masterData.errors.${errors[field]}` as 'masterData.errors.invalid', { defaultValue: t('masterData.errors.invalid') }) : undefined);
  const text = (field: keyof EntryDraft, label: string, hint?: string, multiline = false) => (
    <TextField
      label={label}
      value={draft[field]}
      onChange={(e) => set({ [field]: e.target.value })}
      error={Boolean(errors[field])}
      helperText={errorOf(field) ?? hint}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      fullWidth
      slotProps={{ htmlInput: { 'data-testid': `master-${field}` } }}
    />
  );

  const save = async () => {
    const mine = draftToInput(draft, kind);
    if (Object.keys(mine.errors).length > 0) {
      setErrors(mine.errors);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      if (entry) {
        const { patch, seen } = changedFields(mine.input, draftToInput(shown, kind).input);
        if (Object.keys(patch).length > 0) await repositories.masterData.update(entry.id, patch, seen);
      } else {
        await repositories.masterData.create(kind, mine.input);
      }
      await refreshMasterData(repositories);
      notify('masterData.saved');
      onClose();
    } catch (error) {
      if (error instanceof ValidationFailedError) setErrors(error.fieldErrors);
      else setFailure(t('masterData.failed', { message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  const kindName = t(`masterData.kinds.${kind}`);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{entry ? t('masterData.editTitle', { kind: kindName }) : t('masterData.addTitle', { kind: kindName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {failure && <Alert severity="error">{failure}</Alert>}
          {text('code', t('masterData.fields.code'))}
          {text('name', t('masterData.fields.name'))}
          {text('aliases', t('masterData.fields.aliases'), t('masterData.fields.aliasesHint'), true)}
          {kind === 'defectType' && (
            <TextField select label={t('masterData.fields.parentId')} value={draft.parentId} onChange={(e) => set({ parentId: e.target.value })} error={Boolean(errors.parentId)} helperText={errorOf('parentId')}>
              <MenuItem value="">{t('masterData.fields.parentNone')}</MenuItem>
              {parents
                .filter((p) => p.id !== entry?.id)
                .map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.code} {p.name}
                  </MenuItem>
                ))}
            </TextField>
          )}
          {kind === 'customer' && (
            <>
              <TextField select label={t('masterData.fields.market')} value={draft.market} onChange={(e) => set({ market: e.target.value as EntryDraft['market'] })} error={Boolean(errors.market)} helperText={errorOf('market')}>
                {MARKETS.map((m) => (
                  <MenuItem key={m} value={m}>
                    {t(`choices.market.${m}`)}
                  </MenuItem>
                ))}
              </TextField>
              {text('contact', t('masterData.fields.contact'))}
              <Stack direction="row" spacing={2}>
                {text('toleranceOverPercent', t('masterData.fields.toleranceOverPercent'), t('masterData.fields.toleranceHint'))}
                {text('toleranceUnderPercent', t('masterData.fields.toleranceUnderPercent'), t('masterData.fields.toleranceHint'))}
              </Stack>
              {text('eightDLayout', t('masterData.fields.eightDLayout'), t('masterData.fields.eightDLayoutHint'))}
            </>
          )}
          {kind === 'productModel' && text('partNumbers', t('masterData.fields.partNumbers'), t('masterData.fields.partNumbersHint'), true)}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('masterData.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy} data-testid="master-save">
          {t('masterData.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
