/** /cases/:id — one case: its intake (read or edit), delete, and its history. */
import { Alert, Box, Button, LinearProgress, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../common/errors';
import { notify } from '../common/notify';
import { useTabsIndicator } from '../common/useTabsIndicator';
import { useRepositories } from '../common/session';
import { CaseDetails } from './CaseDetails';
import { CaseEditForm } from './CaseEditForm';
import { CaseHeader } from './CaseHeader';
import { CaseHistory } from './CaseHistory';
import { CasePrintPanel } from '../print/CasePrintPanel';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { useCase } from './useCase';
import { CaseConflicts } from '../sync/CaseConflicts';
import { CaseFileContext, useCaseFile } from '../lifecycle/caseFileContext';
import { LifecycleGate } from '../lifecycle/LifecycleGate';
import { LifecyclePanel } from '../lifecycle/LifecyclePanel';
import { isLifecycleTab, LIFECYCLE_TABS, LifecycleTabPanel, type LifecycleTabKey } from '../lifecycle/lifecycleTabs';

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
      <CaseHeader record={record} editing={editing} onEdit={() => { setTab('details'); setEditing(true); }} onDelete={() => setConfirmDelete(true)} />
      <CaseConflicts caseId={record.id} />
      {record.deleted && <Alert severity="warning" sx={{ mb: 2 }}>{t('case.deletedBanner')}</Alert>}
      {!record.deleted && <LifecycleGate><LifecyclePanel /></LifecycleGate>}
      <Tabs ref={tabsIndicator.ref} action={tabsIndicator.action} value={shownTab} onChange={(_e, value: TabKey) => setTab(value)} aria-label={t('case.tabs.label')} variant="scrollable" scrollButtons="auto" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="details" label={t('case.tabs.details')} id="case-tab-details" aria-controls="case-panel-details" />
        {!record.deleted && LIFECYCLE_TABS.map((key) => <Tab key={key} value={key} label={t(`lc.tabs.${key}`)} id={`case-tab-${key}`} aria-controls={`case-panel-${key}`} disabled={editing} />)}
        <Tab value="history" label={t('case.tabs.history')} id="case-tab-history" aria-controls="case-panel-history" disabled={editing} />
      </Tabs>
      <div role="tabpanel" id={`case-panel-${shownTab}`} aria-labelledby={`case-tab-${shownTab}`}>
        {isLifecycleTab(shownTab) ? (
          <LifecycleTabPanel tab={shownTab} />
        ) : shownTab === 'history' ? (
          <CaseHistory caseId={record.id} version={record.updatedAt} />
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
