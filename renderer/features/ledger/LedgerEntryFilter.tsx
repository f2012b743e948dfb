/** One master-data filter of the ledger (customer, model or defect type): a type-ahead over every entry of the kind, inactive ones too (old cases name them). */
import { useState } from 'react';
import { entryLabel, type MasterKind } from '../../../shared/domain/master-data/entry';
import { useMasterDataStore } from '../../state/master-data-store';
import { MasterEntryPicker } from '../../ui/master-data/MasterEntryPicker';

interface Props {
  kind: MasterKind;
  label: string;
  /** The entry id filtered by, '' = any. */
  value: string;
  onChange: (id: string) => void;
  width: number;
}

export function LedgerEntryFilter({ kind, label, value, onChange, width }: Props) {
  const entries = useMasterDataStore((s) => s.entries);
  const [typed, setTyped] = useState<string | null>(null);
  const picked = value ? entries.find((e) => e.id === value) : undefined;
  return (
    <MasterEntryPicker
      kind={kind}
      label={label}
      size="small"
      includeInactive
      sx={{ width }}
      text={typed ?? (picked ? entryLabel(picked, entries) : '')}
      onTextChange={(text) => {
        setTyped(text);
        if (text.trim() === '' && value !== '') onChange('');
      }}
      onPick={(entry) => {
        setTyped(null);
        onChange(entry.id);
      }}
      onBlur={() => setTyped(null)}
    />
  );
}
