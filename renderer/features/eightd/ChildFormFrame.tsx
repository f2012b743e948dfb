/** The frame of a form that adds or edits one child record: a fieldset with its legend, the fields, the form message and the buttons. */
import { Box, Button, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessage } from '../../ui/form/FormMessage';

interface Props {
  legend: string;
  /** Label of the submit button (e.g. 添加成员); 保存 when editing. */
  submitLabel: string;
  busy: boolean;
  message: string | null;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
}

export function ChildFormFrame({ legend, submitLabel, busy, message, onSubmit, onCancel, children }: Props) {
  const { t } = useTranslation();
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0 }}>
        <legend>{legend}</legend>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
          {children}
        </Stack>
        <FormMessage message={message} />
        <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
          <Button type="submit" variant="outlined" disabled={busy}>
            {submitLabel}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('eightD.common.cancel')}</Button>}
        </Stack>
      </Box>
    </Box>
  );
}
