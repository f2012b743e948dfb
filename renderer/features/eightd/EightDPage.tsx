/** /cases/:caseId/8d/:reportId — the 8D editor: header, export / print, progress D1–D8, one section per discipline. */
import { Alert, Button, LinearProgress, Paper, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { editRefusal } from '../../../shared/domain/eightd/guards';
import { errorMessage } from '../../ui/errors';
import { ClosureSection } from './ClosureSection';
import { ContainmentSection } from './ContainmentSection';
import { CorrectiveSection } from './CorrectiveSection';
import { EightDContext, useEightDFile } from './eightDFileContext';
import { EightDHeader } from './EightDHeader';
import { EightDToolbar, type EightDPrintDialog } from './EightDToolbar';
import { PreventionSection } from './PreventionSection';
import { ProblemSection } from './ProblemSection';
import { ProgressStrip } from './ProgressStrip';
import { RootCauseSection } from './RootCauseSection';
import { TeamSection } from './TeamSection';
import { VerificationSection } from './VerificationSection';

/** `printDialog`: the print feature's dialog, given by the route. */
export function EightDPage({ printDialog }: { printDialog: EightDPrintDialog }) {
  const { reportId = '', caseId = '' } = useParams();
  return <EightDView key={reportId} reportId={reportId} caseId={caseId} printDialog={printDialog} />;
}

function EightDView({ reportId, caseId, printDialog }: { reportId: string; caseId: string; printDialog: EightDPrintDialog }) {
  const { t } = useTranslation();
  const load = useEightDFile(reportId);
  if (load.status === 'loading') return <LinearProgress aria-label={t('eightD.loading')} />;
  if (load.status === 'error') return <Alert severity="error">{errorMessage(load.error, t)}</Alert>;
  if (load.status === 'missing') {
    return (
      <Alert
        severity="warning"
        action={
          <Button component={RouterLink} to={caseId ? `/cases/${caseId}` : '/ledger'} color="inherit">
            {t('eightD.backToCase')}
          </Button>
        }
      >
        {t('eightD.notFound')}
      </Alert>
    );
  }
  const { api } = load;
  const refusal = editRefusal(api.file.bundle.report);
  const readOnly = refusal !== null;
  return (
    <EightDContext.Provider value={api}>
      <Stack sx={{ maxWidth: 1100 }}>
        <EightDHeader toolbar={<EightDToolbar printDialog={printDialog} />} />
        <Paper variant="outlined" sx={{ p: 1.5, mb: 2, position: 'sticky', top: 0, zIndex: 2 }}>
          <ProgressStrip progress={api.file.progress} bundle={api.file.bundle} />
        </Paper>
        {refusal && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="ed-frozen">
            {t(`eightD.frozen.${refusal}`)}
          </Alert>
        )}
        <TeamSection readOnly={readOnly} />
        <ProblemSection key={`D2-${readOnly}`} readOnly={readOnly} />
        <ContainmentSection readOnly={readOnly} />
        <RootCauseSection key={`D4-${readOnly}`} readOnly={readOnly} />
        <CorrectiveSection key={`D5-${readOnly}`} readOnly={readOnly} />
        <VerificationSection readOnly={readOnly} />
        <PreventionSection readOnly={readOnly} />
        <ClosureSection key={`D8-${refusal === 'reportClosed'}`} closed={refusal === 'reportClosed'} />
      </Stack>
    </EightDContext.Provider>
  );
}
