/** 变更记录: who changed which field when, old → new, newest first. */
import { Alert, LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors';
import { HistoryTable, shownHistory } from '../../ui/history/HistoryTable';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { useCaseHistory } from './useCaseHistory';

export function CaseHistory({ caseId, version }: { caseId: string; version: string }) {
  const { t } = useTranslation();
  useMasterEntries(); // entry ids (customerId …) read as their entries
  const { entries: all, error } = useCaseHistory(caseId, version);
  const entries = all ? shownHistory(all) : null;
  if (error) return <Alert severity="error">{errorMessage(error, t)}</Alert>;
  if (!entries) return <LinearProgress />;
  if (entries.length === 0) return <Alert severity="info">{t('history.empty')}</Alert>;
  return <HistoryTable entries={entries} />;
}
