/**
 * Which 送货单 to print (and whose shipments get outbound box labels): one
 * checkbox per note — shipping day, carrier, note number, pieces — the
 * newest one ticked until the clerk picks (the note that goes with today's
 * goods); none picked prints nothing and says so.
 */
import { Box, Checkbox, FormControlLabel, FormGroup, FormLabel, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { DeliveryNoteGroup } from '../../../shared/forms/outbound-forms-map';

/** The keys to print: the clerk's pick, else the newest note. */
export const pickedNotes = (groups: readonly DeliveryNoteGroup[], pick: readonly string[] | null): string[] => pick ? [...pick] : groups.length > 0 ? [groups.at(-1)!.key] : [];

export function DeliveryNotePicker({ groups, picked, onChange }: { groups: readonly DeliveryNoteGroup[]; picked: readonly string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  if (groups.length === 0) return <Typography color="text.secondary">{t('print.deliveryNotes.none')}</Typography>;
  const toggle = (key: string, on: boolean) => onChange(groups.map((g) => g.key).filter((k) => (k === key ? on : picked.includes(k))));
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }} data-testid="delivery-note-picker">
      <FormLabel component="legend">{t('print.deliveryNotes.title')}</FormLabel>
      <FormGroup>
        {groups.map((g) => (
          <FormControlLabel
            key={g.key}
            control={<Checkbox size="small" checked={picked.includes(g.key)} onChange={(e) => toggle(g.key, e.target.checked)} />}
            label={t('print.deliveryNotes.item', { number: g.number, date: g.shippedOn, carrier: g.carrier, quantity: g.shipments.reduce((n, s) => n + s.quantity, 0) })}
          />
        ))}
      </FormGroup>
      {picked.length === 0 && <Typography color="error" variant="body2">{t('print.deliveryNotes.pickOne')}</Typography>}
    </Box>
  );
}
