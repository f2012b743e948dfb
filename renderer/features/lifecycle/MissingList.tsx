/** "What is missing to move on", as sentences. */
import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../db';
import { forwardMissing } from './actionLists';
import { missingText } from '../../ui/case-file/missingText';

export function MissingList({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  if (file.lifecycle.state === 'closed') return <Alert severity="success">{t('lc.closedNote')}</Alert>;
  const missing = forwardMissing(file.availableActions);
  if (missing.length === 0) return <Alert severity="info">{t('lc.nothingMissing')}</Alert>;
  return (
    <Alert severity="warning" data-testid="lifecycle-missing">
      <AlertTitle>{t('lc.missingTitle')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {missing.map((m, i) => (
          <li key={i}>{missingText(m, file.view.returnLines, t)}</li>
        ))}
      </Box>
    </Alert>
  );
}
