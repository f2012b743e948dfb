/** Renders the lifecycle parts of the case page once its CaseFile is loaded; a failure stays local to them. */
import { Alert, LinearProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors';
import { useCaseFileLoad } from '../../ui/case-file/caseFileContext';

export function LifecycleGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const load = useCaseFileLoad();
  if (!load || load.status === 'loading') return <LinearProgress aria-label={t('case.loading')} />;
  if (load.status === 'error') return <Alert severity="error" sx={{ mb: 2 }}>{errorMessage(load.error, t)}</Alert>;
  return <>{children}</>;
}
