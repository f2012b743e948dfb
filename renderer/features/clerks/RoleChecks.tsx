/** The roles of a clerk as check boxes (ids of shared/domain/clerks/roles.ts, shown in the UI language). */
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CLERK_ROLES, type ClerkRole } from '../../../shared/domain/clerks/roles';

export function RoleChecks({ value, onChange, error }: { value: readonly ClerkRole[]; onChange: (roles: ClerkRole[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">{t('clerks.roles')}</FormLabel>
      <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }}>
        {CLERK_ROLES.map((role) => (
          <FormControlLabel
            key={role}
            label={t(`roles.${role}`)}
            control={<Checkbox size="small" checked={value.includes(role)} onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))} />}
          />
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
