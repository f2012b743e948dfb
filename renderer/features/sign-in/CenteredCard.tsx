/** The card in the middle of an empty window that sign-in and password pages use (no case data around it). */
import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../ui/this-pc/LanguageSwitch';

export function CenteredCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 480 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
          <Typography variant="h1" component="h1" sx={{ mb: 1, flex: 1 }}>
            {title}
          </Typography>
          <LanguageSwitch compact />
        </Box>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {intro}
        </Typography>
        {children}
      </Paper>
    </Box>
  );
}
