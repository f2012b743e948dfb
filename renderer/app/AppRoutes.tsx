/**
 * Routes (hash routing: the same from app://desk/ in Electron and from the web host):
 *   /            工作台 Workbench
 *   /ledger      台账 Ledger
 *   /cases/new   新建投诉 New complaint
 *   /cases/:id   one case
 *   /cases/:caseId/8d/:reportId   one 8D report of a case (printed through the print feature's dialog)
 *   /master-data 字典 Master data
 *   /settings    设置 Settings
 *   /archive     归档 Archive files, opened read-only (issue 20.6)
 */
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { Navigate, Route, Routes } from 'react-router';
import { CasePage } from './CasePage';
import { EightDPage } from '../features/eightd/EightDPage';
import { NewCasePage } from '../features/intake/NewCasePage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { MasterDataPage } from '../features/master-data/MasterDataPage';
import { PrintDialog } from '../features/print/PrintDialog';
import { SettingsPage } from './SettingsPage';
import { ArchivePage } from '../features/archive/ArchivePage';
import { ArchivePrintButton } from '../features/print/ArchivePrintButton';
import { WorkbenchPage } from '../features/workbench/WorkbenchPage';
import { QuickApprovalDialog } from '../features/lifecycle/QuickApprovalDialog';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<WorkbenchPage approvalDialog={QuickApprovalDialog} />} />
      <Route path="/ledger" element={<LedgerPage />} />
      <Route path="/cases/new" element={<NewCasePage />} />
      <Route path="/cases/:id" element={<CasePage />} />
      <Route path="/cases/:caseId/8d/:reportId" element={<EightDPage printDialog={PrintDialog} />} />
      <Route path="/statistics" element={<StatisticsPage />} />
      <Route path="/master-data" element={<MasterDataPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/archive" element={<ArchivePage printButton={ArchivePrintButton} />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
