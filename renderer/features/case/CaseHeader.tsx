/** The case's identity at the top of its page, with its actions (the print feature's button given by the page). */
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCase } from '../../../shared/domain/case';
import { formatDateTime } from '../../ui/dates';

interface Props {
  record: ComplaintCase;
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
  /** Between 编辑 and 删除: the print feature's button (the case page composes it). */
  printButton: ReactNode;
}

export function CaseHeader({ record, editing, onEdit, onDelete, printButton }: Props) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 2, flexWrap: 'wrap' }}>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h1" component="h1" data-testid="case-number" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {record.caseNumber}
        </Typography>
        {record.originalNumber && (
          <Typography variant="body2" color="text.secondary" data-testid="case-original-number">
            {t('case.originalNumber', { number: record.originalNumber })}
          </Typography>
        )}
        <Typography sx={{ fontSize: '1.0625rem', mt: 0.5 }}>
          {record.customerName}
          <Box component="span" sx={{ color: 'text.secondary', mx: 1 }}>
            ·
          </Box>
          {record.productModel}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('case.registeredBy', { name: record.createdBy, time: formatDateTime(record.createdAt) })}
        </Typography>
      </Box>
      {!record.deleted && !editing && (
        <Box sx={{ ml: 'auto', display: 'flex', gap: 1 }}>
          <Button variant="contained" startIcon={<EditIcon />} onClick={onEdit}>
            {t('case.edit')}
          </Button>
          {printButton}
          <Button variant="outlined" color="error" startIcon={<DeleteOutlinedIcon />} onClick={onDelete}>
            {t('case.delete')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
