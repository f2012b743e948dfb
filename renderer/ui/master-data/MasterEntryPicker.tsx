/**
 * A type-ahead over the master data of one kind (MUI Autocomplete): best
 * matches first by code, name, alias and pinyin (initials too: `hwdz` finds
 * 华为电子), from the index the master-data store builds once per change.
 * Free text stays possible (`freeSolo`); with `onAddNew`, a text that names
 * no entry offers “新增 …” (an entry the admin confirms later).
 */
import { Autocomplete, Box, Chip, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entryLabel, type MasterEntry, type MasterKind } from '../../../shared/domain/master-data/entry';
import { canonicalEntry } from '../../../shared/domain/master-data/canonical';
import { nameKey } from '../../../shared/domain/master-data/normalize';
import { typeaheadOf } from '../../state/master-data-store';
import { useMasterEntries } from '../useMasterEntries';

/** Options listed per keystroke. */
const OPTION_LIMIT = 20;

type Option = { entry: MasterEntry } | { addNew: string };

interface Props {
  kind: MasterKind;
  label: string;
  /** The text in the input. */
  text: string;
  onTextChange: (text: string) => void;
  onPick: (entry: MasterEntry) => void;
  /** Offer “新增 …” for a text that names no entry. */
  onAddNew?: (name: string) => void;
  /** Inactive entries too (a filter over old cases). */
  includeInactive?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  error?: boolean;
  helperText?: React.ReactNode;
  onBlur?: () => void;
  size?: 'small' | 'medium';
  id?: string;
  sx?: object;
}

export function MasterEntryPicker({ kind, label, text, onTextChange, onPick, onAddNew, includeInactive = false, required, autoFocus, error, helperText, onBlur, size, id, sx }: Props) {
  const { t } = useTranslation();
  const { entries, version } = useMasterEntries();
  const options = useMemo<Option[]>(() => {
    const found: Option[] = typeaheadOf(kind, includeInactive)
      .search(text, OPTION_LIMIT)
      .map((entry) => ({ entry }));
    const name = text.trim();
    // Pinyin typed to find an entry ("hwdz") is no name to add while it finds some; a name that is an entry's name, alias or code is none either.
    const typingPinyin = /^[a-z0-9 ]+$/i.test(name) && found.length > 0;
    const known = canonicalEntry(kind, name, entries) || found.some((o) => 'entry' in o && nameKey(o.entry.code) === nameKey(name));
    if (onAddNew && name !== '' && !typingPinyin && !known) found.push({ addNew: name });
    return found;
  }, [kind, includeInactive, text, entries, version, onAddNew]);

  return (
    <Autocomplete<Option, false, false, true>
      freeSolo
      id={id}
      size={size}
      sx={sx}
      options={options}
      filterOptions={(list) => list}
      value={null}
      inputValue={text}
      onInputChange={(_, value, reason) => {
        if (reason === 'input' || reason === 'clear') onTextChange(value);
      }}
      onChange={(_, option) => {
        if (option === null || typeof option === 'string') return;
        if ('entry' in option) onPick(option.entry);
        else onAddNew?.(option.addNew);
      }}
      getOptionLabel={(option) => (typeof option === 'string' ? option : 'entry' in option ? option.entry.name : option.addNew)}
      getOptionKey={(option) => (typeof option === 'string' ? option : 'entry' in option ? option.entry.id : `new:${option.addNew}`)}
      noOptionsText={t('masterData.picker.noOptions')}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props}>
          {'entry' in option ? (
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', width: '100%' }}>
              <span>{entryLabel(option.entry, entries)}</span>
              <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.85em' }}>
                {option.entry.code}
              </Box>
              {!option.entry.confirmed && <Chip size="small" color="warning" label={t('masterData.picker.pending')} />}
              {!option.entry.active && <Chip size="small" variant="outlined" label={t('masterData.inactive')} />}
            </Box>
          ) : (
            <em>{t('masterData.picker.addNew', { name: option.addNew })}</em>
          )}
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label={label} required={required} autoFocus={autoFocus} error={error} helperText={helperText} onBlur={onBlur} />}
    />
  );
}
