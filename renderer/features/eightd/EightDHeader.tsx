/** Top of the 8D page: the 8D number and revision, its case (link back), the customer, the status, who opened it, and its deadlines. */
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../../ui/dates';
import { DeadlineList } from '../../ui/DeadlineList';
import { useNow } from '../../ui/useNow';
import { currentRevision, revisionLabel } from '../../../shared/domain/eightd/revisions';
import { useEightD } from './eightDFileContext';
import { eightDStatus } from './status';

const STATUS_COLOR = { open: 'info', approved: 'warning', closed: 'success' } as const;

export function EightDHeader({ toolbar }: { toolbar: ReactNode }) {
  const { t } = useTranslation();
  const { file, caseRecord } = useEightD();
  const report = file.bundle.report;
  const status = eightDStatus(report);
  const now = useNow(60_000);
  return (
    <Box component="header" sx={{ mb: 2 }}>
      <Button component={RouterLink} to={`/cases/${caseRecord.id}`} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {t('eightD.header.backToCase', { number: caseRecord.caseNumber })}
      </Button>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h1" component="h1" data-testid="ed-number">
          {report.number}
        </Typography>
        <Chip variant="outlined" label={t('eightD.header.revision', { label: revisionLabel(currentRevision(report)) })} data-testid="ed-revision" />
        <Chip color={STATUS_COLOR[status]} label={t(`eightD.statuses.${status}`)} data-testid="ed-status" />
        <Box sx={{ flex: 1 }} />
        {toolbar}
      </Stack>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {report.title && <>{report.title} · </>}
        {t('eightD.header.case')} {caseRecord.caseNumber} · {t('eightD.header.customer')} <span data-testid="ed-customer">{caseRecord.customerName}</span> · {caseRecord.productModel}
        {' · '}
        {t('eightD.header.opened', { by: report.openedBy, time: formatDateTime(report.openedAt) })}
      </Typography>
      <Box sx={{ mt: 1 }}>
        <DeadlineList deadlines={file.deadlines} now={now} />
      </Box>
    </Box>
  );
}
