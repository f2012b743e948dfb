/** D6 实施与验证: every corrective action with its status; implement / verify it (result, verifier, date); verification photos. */
import { Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CorrectiveStatusChip } from './CorrectiveStatusChip';
import { CorrectiveStatusForm } from './CorrectiveStatusForm';
import { EdSection } from './EdSection';
import { EightDPhotos } from './EightDPhotos';
import { useEightD } from './eightDFileContext';

export function VerificationSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { file } = useEightD();
  const [advancing, setAdvancing] = useState<string | null>(null);
  const correctives = file.bundle.correctives;
  const current = correctives.find((c) => c.id === advancing);
  return (
    <EdSection discipline="D6">
      {correctives.length === 0 ? (
        <Typography color="text.secondary">{t('eightD.corrective.noneYet')}</Typography>
      ) : (
        <List dense disablePadding aria-label={t('eightD.corrective.verificationList')}>
          {correctives.map((c) => (
            <ListItem
              key={c.id}
              divider
              data-testid="ed-verification"
              secondaryAction={
                !readOnly && c.status !== 'verified' ? (
                  <Button size="small" variant="outlined" onClick={() => setAdvancing(c.id)}>
                    {c.status === 'planned' ? t('eightD.corrective.markImplemented') : t('eightD.corrective.verify')}
                  </Button>
                ) : undefined
              }
            >
              <ListItemText
                primary={
                  <>
                    {c.description} <CorrectiveStatusChip corrective={c} />
                  </>
                }
                secondary={c.status === 'verified' ? t('eightD.corrective.verifiedLine', { result: c.verificationResult, by: c.verifiedBy, on: c.verifiedOn }) : t('eightD.corrective.ownerDue', { owner: c.owner, due: c.dueDate })}
              />
            </ListItem>
          ))}
        </List>
      )}
      {current && current.status !== 'verified' && (
        <Box>
          <CorrectiveStatusForm key={`${current.id}-${current.status}`} corrective={current} onDone={() => setAdvancing(null)} />
        </Box>
      )}
      <EightDPhotos discipline="D6" readOnly={readOnly} />
    </EdSection>
  );
}
