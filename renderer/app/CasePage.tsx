/**
 * /cases/:id — one case: its intake (read or edit), lifecycle, print,
 * conflicts, unverified signatures, delete and history (with the signatures).
 * A composition page: each part comes from its feature, and the 措施 tab gets the 8D feature's list of the case.
 */
import { Alert, Box, Button, LinearProgress, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../ui/errors';
import { notify } from '../state/notices';
import { useTabsIndicator } from '../ui/useTabsIndicator';
import { useRepositories } from '../state/session';
import { CaseDetails } from '../features/intake/CaseDetails';
import { CaseEditForm } from '../features/intake/CaseEditForm';
import { CaseHeader } from '../features/case/CaseHeader';
import { CaseHistory } from '../features/case/CaseHistory';
import { CaseRepeats } from '../features/case/CaseRepeats';
import { CasePrintPanel } from '../features/print/CasePrintPanel';
import { PrintButton } from '../features/print/PrintButton';
import { DeleteCaseDialog } from '../features/case/DeleteCaseDialog';
import { useCase } from '../features/case/useCase';
import { CaseConflicts } from '../features/sync/CaseConflicts';
import { CaseEightDs } from '../features/eightd/CaseEightDs';
import { CaseFileContext, useCaseFile } from '../ui/case-file/caseFileContext';
import { LifecycleGate } from '../features/lifecycle/LifecycleGate';
import { LifecyclePanel } from '../features/lifecycle/LifecyclePanel';
import { SignatureList, UnverifiedSignaturesAlert } from '../features/lifecycle/SignatureList';
import { isLifecycleTab, LIFECYCLE_TABS, LifecycleTabPanel, type LifecycleTabKey } from '../features/lifecycle/lifecycleTabs';

type TabKey = 'details' | 'history' | LifecycleTabKey;

export function CasePage() {
  const { id = '' } = useParams();
  return <CaseView key={id} id={id} />;
}

function CaseView({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const { load, replace } = useCase(id);
  const caseFile = useCaseFile(id);
  const [tab, setTab] = useState<TabKey>('details');
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const tabsIndicator = useTabsIndicator();

  if (load.status === 'loading') return <LinearProgress aria-label={t('case.loading')} />;
  if (load.status === 'error') return <Alert severity="error">{errorMessage(load.error, t)}</Alert>;
  if (load.status === 'missing') {
    return (
      <Alert
        severity="warning"
        action={
          <Button component={RouterLink} to="/ledger" color="inherit">
            {t('case.backToLedger')}
          </Button>
        }
      >
        {t('case.notFound')}
      </Alert>
    );
  }

  const record = load.record;
  // The value must name a tab that is shown (a deleted case has no lifecycle tabs), else the underline stays where it was.
  const shownTab: TabKey = record.deleted && isLifecycleTab(tab) ? 'details' : tab;
  return (
    <CaseFileContext.Provider value={caseFile}>
    <Box sx={{ maxWidth: 1100 }}>
      <CaseHeader record={record} editing={editing} onEdit={() => { setTab('details'); setEditing(true); }} onDelete={() => setConfirmDelete(true)} printButton={<PrintButton record={record} />} />
      <CaseConflicts caseId={record.id} />
      <UnverifiedSignaturesAlert caseId={record.id} />
      {record.deleted && <Alert severity="warning" sx={{ mb: 2 }}>{t('case.deletedBanner')}</Alert>}
      {!record.deleted && <CaseRepeats caseId={record.id} />}
      {!record.deleted && <LifecycleGate><LifecyclePanel /></LifecycleGate>}
      <Tabs ref={tabsIndicator.ref} action={tabsIndicator.action} value={shownTab} onChange={(_e, value: TabKey) => setTab(value)} aria-label={t('case.tabs.label')} variant="scrollable" scrollButtons="auto" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="details" label={t('case.tabs.details')} id="case-tab-details" aria-controls="case-panel-details" />
        {!record.deleted && LIFECYCLE_TABS.map((key) => <Tab key={key} value={key} label={t(`lc.tabs.${key}`)} id={`case-tab-${key}`} aria-controls={`case-panel-${key}`} disabled={editing} />)}
        <Tab value="history" label={t('case.tabs.history')} id="case-tab-history" aria-controls="case-panel-history" disabled={editing} />
      </Tabs>
      <div role="tabpanel" id={`case-panel-${shownTab}`} aria-labelledby={`case-tab-${shownTab}`}>
        {isLifecycleTab(shownTab) ? (
          <LifecycleTabPanel tab={shownTab} slots={{ eightDs: <CaseEightDs /> }} />
        ) : shownTab === 'history' ? (
          <>
            <SignatureList caseId={record.id} />
            <CaseHistory caseId={record.id} version={record.updatedAt} />
          </>
        ) : editing ? (
          <CaseEditForm
            record={record}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              replace(saved);
              setEditing(false);
            }}
          />
        ) : (
          <CaseDetails record={record} />
        )}
      </div>
      {!record.deleted && <CasePrintPanel record={record} />}
      <DeleteCaseDialog
        record={record}
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        onConfirm={async () => {
          await repositories.cases.remove(record.id);
          notify('case.deleted', { number: record.caseNumber });
          void navigate('/ledger');
        }}
      />
    </Box>
    </CaseFileContext.Provider>
  );
}
