/**
 * D4: one analysis (occurrence: why it happened; escape: why it was not
 * detected) as a fishbone — the six 5M1E bones (人 机 料 法 测 环) with their
 * causes — and the form that adds a cause to it.
 */
import { Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAUSE_CATEGORIES, type CauseAnalysis } from '../../../shared/domain/eightd/records';
import { CauseCard } from './CauseCard';
import { CauseForm } from './CauseForm';
import { useEightD } from './eightDFileContext';

export function Fishbone({ analysis, readOnly }: { analysis: CauseAnalysis; readOnly: boolean }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const [editing, setEditing] = useState<string | null>(null);
  const [adderKey, setAdderKey] = useState(0);
  const causes = file.bundle.causes.filter((c) => c.analysis === analysis);
  const id = `ed-fishbone-${analysis}`;
  return (
    <Box component="section" aria-labelledby={id} data-testid={id}>
      <Typography id={id} component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t(`eightD.causes.analyses.${analysis}`)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)' }, gap: 1, mb: 1.5 }}>
        {CAUSE_CATEGORIES.map((category) => {
          const onBone = causes.filter((c) => c.category === category);
          return (
            <Box key={category} component="section" aria-label={t(`eightD.causes.categories.${category}`)} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, minHeight: 64 }}>
              <Typography variant="caption" color="text.secondary" sx={{ fontWeight: 700 }}>
                {t(`eightD.causes.categories.${category}`)}
              </Typography>
              <Stack spacing={1}>
                {onBone.map((c) =>
                  editing === c.id ? null : <CauseCard key={c.id} cause={c} onEdit={() => setEditing(c.id)} readOnly={readOnly} />,
                )}
              </Stack>
            </Box>
          );
        })}
      </Box>
      {editing && causes.some((c) => c.id === editing) && (
        <CauseForm analysis={analysis} cause={causes.find((c) => c.id === editing)} onDone={() => setEditing(null)} />
      )}
      {!readOnly && !editing && <CauseForm key={adderKey} analysis={analysis} onDone={() => setAdderKey((k) => k + 1)} />}
    </Box>
  );
}
