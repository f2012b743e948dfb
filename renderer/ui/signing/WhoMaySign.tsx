/** Who may sign a step, in words — shown where the signed-in clerk may not sign it, instead of a disabled button. */
import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SigningView } from './useSigning';

export function WhoMaySign({ signing }: { signing: SigningView }) {
  const { t } = useTranslation();
  const roles = signing.roles.map((r) => t(`roles.${r}`)).join(t('sign.or'));
  const names = signing.holders ?? [];
  const text = signing.holders !== null && names.length === 0 ? t('sign.nobodyHasRole', { roles }) : names.length > 0 ? t('sign.whoMayNames', { roles, names: names.join('、') }) : t('sign.whoMay', { roles });
  return (
    <Alert severity="info" data-testid="who-may-sign">
      {text}
    </Alert>
  );
}
