/**
 * Records an approval or a rejection (with its reason) by a named approver.
 * A signed-in clerk whose roles may approve the amount (部门经理, 副总经理,
 * 总经理) is proposed as the approver; anyone else types the approver's name.
 */
import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVER_ROLES, type ApproverRole } from '../../../shared/domain/lifecycle/authority';
import type { ApprovalOutcome } from '../../../shared/domain/lifecycle/records';
import { ownApproverRole } from '../../../shared/domain/clerks/roles';
import { useClerk } from '../../state/session';
import { notify } from '../../state/notices';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcTextField } from './LcTextField';
import { useWriteForm } from '../../ui/case-file/useWriteForm';

export function ApprovalForm({ defaultRole }: { defaultRole: ApproverRole }) {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const clerk = useClerk();
  const own = clerk ? ownApproverRole(clerk.roles, defaultRole) : null;
  const [role, setRole] = useState<ApproverRole>(own ?? defaultRole);
  const [name, setName] = useState(own && clerk ? clerk.name : '');
  const [reason, setReason] = useState('');
  const record = async (outcome: ApprovalOutcome) => {
    const done = await form.submit((r) => r.lifecycle.recordApproval(file.case.id, { outcome, approverRole: role, approverName: name, reason }));
    if (done) notify(`lc.decision.outcome.${outcome}`);
  };
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        <ChoiceSelect label={t('lc.decision.approverRole')} value={role} choices={APPROVER_ROLES} text={(r) => t(`lc.roles.${r}`)} onChange={setRole} error={form.fieldErrors.approverRole} />
        <LcTextField label={t('lc.decision.approverName')} value={name} onChange={setName} errorCode={form.fieldErrors.approverName} />
      </Stack>
      <LcTextField label={t('lc.decision.rejectReason')} value={reason} onChange={setReason} errorCode={form.fieldErrors.reason} />
      <FormMessage message={form.message} />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" color="success" onClick={() => void record('approved')} disabled={form.busy}>
          {t('lc.decision.approve')}
        </Button>
        <Button variant="outlined" color="error" onClick={() => void record('rejected')} disabled={form.busy}>
          {t('lc.decision.reject')}
        </Button>
      </Box>
    </Stack>
  );
}
