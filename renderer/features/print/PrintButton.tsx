/** The one entry point of printing on the case page (CaseHeader): a 打印 button that opens the print dialog. */
import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCase } from '../../../shared/domain/case';
import { PrintDialog } from './PrintDialog';

export function PrintButton({ record }: { record: ComplaintCase }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => setOpen(true)} data-testid="case-print">
        {t('print.button')}
      </Button>
      {open && <PrintDialog record={record} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
