/**
 * 审批 from the workbench's 待我审批 list: the case's decision as the
 * approver must see it (customer, problem, the analysis, decision, amount and its note,
 * the return lines asked for, earlier approvals) and the same signed
 * ApprovalForm as the case page, without leaving the list. It closes by
 * itself once the case has left the approval step (approved, rejected, or
 * moved on by another PC).
 */
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatYuan } from '../../../shared/domain/lifecycle/money';
import { CaseFileContext, useCaseFile, useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ApprovalForm } from './ApprovalForm';
import { ApprovalRecords } from './ApprovalRecords';
import { LifecycleGate } from './LifecycleGate';
import { ofRound } from '../../../shared/domain/lifecycle/states';

export function QuickApprovalDialog({ caseId, caseNumber, onClose }: { caseId: string; caseNumber: string; onClose: () => void }) {
  const { t } = useTranslation();
  const load = useCaseFile(caseId);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="quick-approval-title">
      <DialogTitle id="quick-approval-title">{t('lc.quickApproval.title', { caseNumber })}</DialogTitle>
      <DialogContent>
        <CaseFileContext.Provider value={load}>
          <LifecycleGate>
            <ApprovalBody onDone={onClose} />
          </LifecycleGate>
        </CaseFileContext.Provider>
      </DialogContent>
      <DialogActions>
        <Button component={RouterLink} to={`/cases/${caseId}`} onClick={onClose}>
          {t('lc.quickApproval.openCase')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function ApprovalBody({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const lc = file.lifecycle;
  const inApproval = lc.state === 'approval';
  useEffect(() => {
    if (!inApproval) onDone();
  }, [inApproval, onDone]);
  if (!inApproval) return null;
  const lines = ofRound(file.view, file.view.returnLines);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="quick-approval">
      <Typography>{t('lc.quickApproval.customer', { customer: file.case.customerName, model: file.case.productModel })}</Typography>
      <Typography color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
        {file.case.defectDescription}
      </Typography>
      {lc.analysisSummary && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{t('lc.quickApproval.analysis', { summary: lc.analysisSummary })}</Typography>}
      <Typography sx={{ fontWeight: 600 }} data-testid="quick-approval-decision">
        {t('lc.quickApproval.decision', {
          decision: lc.decision ? t(`lc.decision.options.${lc.decision}`) : t('lc.quickApproval.noDecision'),
          amount: lc.decisionAmountFen === null ? t('lc.workbench.amountUnknown') : formatYuan(lc.decisionAmountFen),
        })}
      </Typography>
      {lc.decisionNote && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{lc.decisionNote}</Typography>}
      {lines.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 3 }} aria-label={t('lc.returns.lines')}>
          {lines.map((l) => (
            <li key={l.id}>{t('lc.quickApproval.line', { model: l.productModel, quantity: l.quantityApproved, reason: l.reason })}</li>
          ))}
        </Box>
      )}
      <ApprovalRecords />
      <ApprovalForm />
    </Box>
  );
}
