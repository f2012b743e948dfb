/** One return line: its facts, the tolerance warning, and its receiving / inspection / disposition / repair / outbound forms. */
import { Alert, Box, Chip, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReturnLine } from '../../../shared/domain/lifecycle/records';
import { AttachmentList } from './AttachmentList';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { DispositionForm } from './DispositionForm';
import { InspectionForm } from './InspectionForm';
import { ReceivingForm } from './ReceivingForm';
import { OutboundForm } from './OutboundForm';
import { RepairOrdersForm } from './RepairOrdersForm';
import { toleranceLimitText } from './toleranceText';
import { DEFAULT_CURRENCY } from '../../../shared/domain/lifecycle/currency';
import { creditedQuantity, lineAmountFen } from '../../../shared/domain/lifecycle/line-money';
import { formatYuan } from '../../../shared/domain/lifecycle/money';

/** `earlierRound`: a line of an earlier round with goods owed back: only its repair orders and shipments. */
export function ReturnLineCard({ line, index, earlierRound = false }: { line: ReturnLine; index: number; earlierRound?: boolean }) {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const tolerance = file.tolerance[line.id];
  const label = earlierRound ? t('lc.returns.earlierLine', { n: index + 1, round: line.round }) : t('lc.returns.line', { n: index + 1 });
  const amount = lineAmountFen(line);
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="return-line" component="section" aria-label={label}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{label}</Typography>
        <Typography>
          {line.productModel} {line.partNumber} {line.lotNumber} · {t('lc.returns.quantityApproved')} {line.quantityApproved}
          {line.quantityReceived !== null && ` · ${t('lc.returns.received')} ${line.quantityReceived}`}
          {amount !== null && ` · ${t('lc.returns.priced', { price: formatYuan(line.unitPriceFen ?? 0), currency: line.currency ?? DEFAULT_CURRENCY, quantity: creditedQuantity(line), amount: formatYuan(amount) })}`}
        </Typography>
        {line.inspectionResult && <Chip size="small" label={t(`lc.returns.results.${line.inspectionResult}`)} />}
      </Box>
      {tolerance?.warning && (
        <Alert severity="warning" data-testid="tolerance-warning" sx={{ mb: 1 }}>
          {t(tolerance.status === 'under' ? 'lc.returns.toleranceUnder' : 'lc.returns.toleranceOver')} ·{' '}
          {t('lc.returns.toleranceWarning', {
            line: label,
            received: line.quantityReceived ?? 0,
            approved: line.quantityApproved,
            diff: tolerance.difference,
            percent: tolerance.differencePercent,
            limit: toleranceLimitText(t, tolerance.tolerance),
          })}
        </Alert>
      )}
      {!earlierRound && <ReceivingForm line={line} />}
      {!earlierRound && line.quantityReceived !== null && <InspectionForm line={line} />}
      {!earlierRound && line.quantityReceived !== null && line.quantityReceived > 0 && <DispositionForm line={line} label={label} />}
      {(line.quantityReceived ?? 0) > 0 && <RepairOrdersForm line={line} label={label} />}
      {(earlierRound || file.lifecycle.rmaNumber !== null) && <OutboundForm line={line} label={label} />}
      {!earlierRound && <AttachmentList ownerId={line.id} title={t('lc.returns.photos')} />}
    </Paper>
  );
}
