/**
 * The signing part of a form: what is signed (the meaning, in a box), who
 * signs as which role, and the password. The password stays in this form's
 * state only until the write; it is never shown or logged.
 */
import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { useClerk } from '../../state/session';
import { PasswordField } from '../this-pc/PasswordField';

interface Props {
  meaning: string;
  role: ClerkRole;
  password: string;
  onPassword: (value: string) => void;
  /** The refusal of the last try (signingText.ts), shown under the password. */
  error: string | null;
  autoFocus?: boolean;
}

export function SignatureFields({ meaning, role, password, onPassword, error, autoFocus }: Props) {
  const { t } = useTranslation();
  const clerk = useClerk();
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary">
        {t('sign.intro')}
      </Typography>
      <Box data-testid="sign-meaning" sx={{ border: 1, borderColor: 'primary.main', borderRadius: 1, px: 2, py: 1.5, fontWeight: 600, fontSize: '1.0625rem' }}>
        {meaning}
      </Box>
      <Typography variant="body2">{t('sign.signer', { name: clerk?.name ?? '', role: t(`roles.${role}`) })}</Typography>
      <PasswordField name="sign-password" label={t('sign.password')} value={password} onChange={onPassword} autoComplete="current-password" autoFocus={autoFocus} error={error !== null} helperText={error ?? undefined} />
    </Stack>
  );
}
