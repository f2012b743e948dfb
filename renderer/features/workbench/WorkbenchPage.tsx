/** 工作台: the day's starting point — counts, tasks and deadlines, open 8D reports, effect checks due, unverified signatures, the newest cases, and 新建投诉. */
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CaseCounts } from './CaseCounts';
import { EffectChecksDue } from './EffectChecksDue';
import { ResponsibilityRuleDue } from './ResponsibilityRuleDue';
import { LifecycleTasks, type ApprovalDialog } from './LifecycleTasks';
import { MonthlyReportReminder } from './MonthlyReportReminder';
import { OpenEightDs } from './OpenEightDs';
import { RecentCases } from './RecentCases';
import { UnverifiedSignatures } from './UnverifiedSignatures';

/** `approvalDialog`: gives an approval from 待我审批 (the lifecycle feature's QuickApprovalDialog, composed by the app). */
export function WorkbenchPage({ approvalDialog }: { approvalDialog: ApprovalDialog }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Box sx={{ maxWidth: 1100, display: 'flex', flexDirection: 'column', gap: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1" component="h1" sx={{ flex: 1 }}>
          {t('workbench.title')}
        </Typography>
        <Button variant="contained" size="large" startIcon={<AddIcon />} onClick={() => void navigate('/cases/new')} sx={{ px: 4, py: 1.25, fontSize: '1.0625rem' }}>
          {t('workbench.newCase')}
        </Button>
      </Box>
      <MonthlyReportReminder />
      <CaseCounts />
      <LifecycleTasks approvalDialog={approvalDialog} />
      <OpenEightDs />
      <ResponsibilityRuleDue />
      <EffectChecksDue />
      <UnverifiedSignatures />
      <RecentCases />
    </Box>
  );
}
