/** Confirms deleting a case; explains that its number stays used. */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCase } from '../../../shared/domain/case';
import { errorMessage } from '../../ui/errors';

interface Props {
  record: ComplaintCase;
  open: boolean;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}

export function DeleteCaseDialog({ record, open, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(errorMessage(error, t));
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby="delete-case-title" aria-describedby="delete-case-body">
      <DialogTitle id="delete-case-title">{t('case.deleteTitle', { number: record.caseNumber })}</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-case-body">{t('case.deleteBody', { number: record.caseNumber })}</DialogContentText>
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={() => void confirm()} disabled={busy}>
          {t('case.deleteConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
