/**
 * The case's 8D reports on its 措施 tab: each with its status, a link to its
 * editor, and 新建 8D 报告 — which opens a new report (numbered, the case's
 * eightDStarted set in the same write) and goes to it.
 */
import { Box, Button, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { EightD } from '../../../shared/domain/eightd/records';
import { errorMessage } from '../../ui/errors';
import { formatDateTime } from '../../ui/dates';
import { notify } from '../../state/notices';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { FormMessage } from '../../ui/form/FormMessage';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { eightDStatus } from './status';

export function CaseEightDs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { file, repositories } = useCaseFileApi();
  const form = useWriteForm();
  const caseId = file.case.id;
  const [reports, setReports] = useState<EightD[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setReports(await repositories.eightD.listForCase(caseId));
    } catch (error) {
      setProblem(errorMessage(error, t));
    }
  }, [caseId, repositories, t]);

  useEffect(() => {
    void load();
  }, [load, file]);

  const open = async () => {
    const report = await form.submit((r) => r.eightD.open(caseId));
    if (report) {
      notify('eightD.caseList.opened', { number: report.number });
      void navigate(`/cases/${caseId}/8d/${report.id}`);
    }
  };

  return (
    <Box component="section" aria-labelledby="case-8d-title" data-testid="case-eightds">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography id="case-8d-title" component="h4" variant="subtitle1" sx={{ flex: 1, fontWeight: 600 }}>
          {t('eightD.caseList.title')}
        </Typography>
        <Button variant="outlined" onClick={() => void open()} disabled={form.busy || file.lifecycle.state === 'closed'}>
          {t('eightD.caseList.open')}
        </Button>
      </Box>
      {reports && reports.length === 0 && <Typography color="text.secondary">{t('eightD.caseList.none')}</Typography>}
      {reports && reports.length > 0 && (
        <List dense disablePadding>
          {reports.map((r) => (
            <ListItemButton key={r.id} component={RouterLink} to={`/cases/${caseId}/8d/${r.id}`} divider data-testid="case-eightd">
              <ListItemText
                primary={
                  <>
                    {r.number} {r.title && `· ${r.title} `}
                    <Chip size="small" label={t(`eightD.statuses.${eightDStatus(r)}`)} color={eightDStatus(r) === 'closed' ? 'success' : 'default'} />
                  </>
                }
                secondary={t('eightD.header.opened', { by: r.openedBy, time: formatDateTime(r.openedAt) })}
              />
            </ListItemButton>
          ))}
        </List>
      )}
      <FormMessage message={problem ?? form.message} />
    </Box>
  );
}
