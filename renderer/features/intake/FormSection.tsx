/** A titled block of the intake form (and of the read-only case view). */
import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function FormSection({ id, title, children, columns = true }: { id: string; title: string; children: ReactNode; columns?: boolean }) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2, mb: 2 }}>
      <Typography component="h2" variant="h2" id={id} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      <Box
        sx={
          columns
            ? { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', columnGap: 2, rowGap: 0.5, alignItems: 'start' }
            : { display: 'flex', flexDirection: 'column', gap: 1 }
        }
      >
        {children}
      </Box>
    </Paper>
  );
}
