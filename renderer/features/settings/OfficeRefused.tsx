/** Says which office settings arrived in a shape this app refuses (a newer app's, or damaged): this PC keeps its own value for them. */
import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../state/session';
import { officeFieldLabel } from './officeValueText';

export function OfficeRefused() {
  const { t } = useTranslation();
  const refused = useSessionStore((s) => s.officeRefused);
  if (refused.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="office-refused">
      {t('office.refused', { fields: refused.map((f) => officeFieldLabel(f, t)).join('、') })}
    </Alert>
  );
}
