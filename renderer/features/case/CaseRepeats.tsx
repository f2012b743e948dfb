/**
 * 重复投诉 on the case page: the earlier cases of the same customer, model
 * and defect type it repeats, and the later ones that repeat it, each a link
 * to its case. From the ledger's repeat index (shared/domain/repeats.ts):
 * nothing stored, the same on every PC once they hold the same cases.
 */
import { Alert, AlertTitle, Box, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { repeatOf, type RepeatLink } from '../../../shared/domain/repeats';
import { useRepeatIndex } from '../../ui/useRepeatIndex';
import { useMasterEntries } from '../../ui/useMasterEntries';

export function CaseRepeats({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  useMasterEntries(); // the customer / model aliases the problem key is matched by
  const index = useRepeatIndex();
  const info = repeatOf(index, caseId);
  if (!info) return null;
  const nearest = info.earlier[0];
  const list = (label: string, links: RepeatLink[], testId: string) =>
    links.length > 0 && (
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'baseline' }} data-testid={testId}>
        <Typography variant="body2" component="span">
          {label}
        </Typography>
        {links.map((l) => (
          <Link key={l.id} component={RouterLink} to={`/cases/${l.id}`} variant="body2">
            {t('repeats.linkText', { caseNumber: l.caseNumber, days: l.days })}
          </Link>
        ))}
      </Box>
    );
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="case-repeats">
      <AlertTitle>
        {nearest
          ? t('repeats.caseRepeats', { caseNumber: nearest.caseNumber, days: nearest.days, occurrence: info.occurrence, window: index.windowDays })
          : t('repeats.caseRepeated', { window: index.windowDays })}
      </AlertTitle>
      {list(t('repeats.earlier'), info.earlier, 'repeats-earlier')}
      {list(t('repeats.later'), info.later, 'repeats-later')}
    </Alert>
  );
}
