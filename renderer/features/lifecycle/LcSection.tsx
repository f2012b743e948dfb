/** A titled block inside a lifecycle tab. */
import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function LcSection({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5, gap: 1 }}>
        <Typography component="h3" variant="h3" id={id} sx={{ flex: 1, fontSize: '1.0625rem', fontWeight: 600 }}>
          {title}
        </Typography>
        {actions}
      </Stack>
      <Stack spacing={1.5}>{children}</Stack>
    </Paper>
  );
}
