/** The status of a corrective action (计划 / 已实施 / 已验证) with its date. */
import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EightDCorrective } from '../../../shared/domain/eightd/records';

const COLOR = { planned: 'default', implemented: 'info', verified: 'success' } as const;

export function CorrectiveStatusChip({ corrective }: { corrective: EightDCorrective }) {
  const { t } = useTranslation();
  const date = corrective.status === 'verified' ? corrective.verifiedOn : corrective.status === 'implemented' ? corrective.implementedOn : '';
  return <Chip size="small" color={COLOR[corrective.status]} label={`${t(`eightD.corrective.statuses.${corrective.status}`)}${date ? ` ${date}` : ''}`} data-testid="ed-corrective-status" />;
}
