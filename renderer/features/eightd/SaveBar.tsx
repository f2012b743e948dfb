/** The form message and the 保存 button under a section's own fields. */
import { Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FormMessage } from '../../ui/form/FormMessage';

export function SaveBar({ busy, message, onSave, label, testId }: { busy: boolean; message: string | null; onSave: () => void; label?: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Box>
      <FormMessage message={message} />
      <Button variant="contained" onClick={onSave} disabled={busy} sx={{ mt: 1 }} data-testid={testId}>
        {label ?? t('eightD.common.save')}
      </Button>
    </Box>
  );
}
