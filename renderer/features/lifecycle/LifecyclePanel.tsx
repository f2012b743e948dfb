/** Top of the case page: where the case is, what is missing, what can be done now, and its deadlines. */
import { Paper, Stack } from '@mui/material';
import { useNow } from '../../ui/useNow';
import { ActionBar } from './ActionBar';
import { EffectCheckPanel } from './EffectCheckPanel';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { DeadlineList } from '../../ui/DeadlineList';
import { MissingList } from './MissingList';
import { StepIndicator } from './StepIndicator';

export function LifecyclePanel() {
  const { file } = useCaseFileApi();
  const now = useNow(60_000);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="lifecycle-panel">
      <Stack spacing={1.5}>
        <StepIndicator lifecycle={file.lifecycle} />
        <MissingList file={file} />
        <ActionBar />
        <EffectCheckPanel />
        <DeadlineList deadlines={file.deadlines} now={now} />
      </Stack>
    </Paper>
  );
}
