/**
 * 归档（保存期限） in the settings (issue 20.6; renderer/state/retention.ts): the
 * office's archiveAfterYears (replicated with history), this PC's archive
 * folder, today's preview (by closing year, supplier cases held back to two
 * years), 生成归档文件 with its progress, and the batches — each confirmed
 * with the admin's password (确认从所有电脑移除, naming the count and the
 * file) or discarded. The settings page (renderer/app) puts it in its
 * section; the settings page is the admins'.
 */
import { Alert, Box, Button, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { MAX_ARCHIVE_AFTER_YEARS, type RetentionPreview } from '../../../shared/domain/retention/eligibility';
import { notify } from '../../state/notices';
import { previewArchive, retentionActions, type ArchiveStage } from '../../state/retention';
import { sessionActions, sessionNow, useClerk, useRepositories, useSettings } from '../../state/session';
import { errorMessage } from '../../ui/errors';
import { ArchiveBatches } from './ArchiveBatches';

export function RetentionSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const repos = useRepositories();
  const clerk = useClerk();
  const [years, setYears] = useState(String(settings.archiveAfterYears));
  const [folder, setFolder] = useState(settings.archiveFolder ?? '');
  const [preview, setPreview] = useState<RetentionPreview | null>(null);
  const [stage, setStage] = useState<ArchiveStage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const yearsValid = /^\d{1,2}$/.test(years) && Number(years) <= MAX_ARCHIVE_AFTER_YEARS;

  const load = useCallback(async () => setPreview(await previewArchive(repos, settings.archiveAfterYears, sessionNow())), [repos, settings.archiveAfterYears]);
  useEffect(() => {
    void load();
  }, [load, refresh]);

  const save = async () => {
    if (!yearsValid) return;
    try {
      await sessionActions.updateSettings({ archiveAfterYears: Number(years), archiveFolder: folder.trim() === '' ? null : folder.trim() });
      notify('retention.saved', undefined, 'success');
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  const eligible = preview?.eligible.length ?? 0;
  const make = async () => {
    if (!clerk) return;
    setFailure(null);
    setStage({ stage: 'collecting' });
    try {
      const batch = await retentionActions.make(repos, { id: clerk.id, name: clerk.name }, setStage);
      if (batch && batch.caseIds.length < eligible) notify('retention.madePart', { name: batch.fileName, count: batch.caseIds.length, rest: eligible - batch.caseIds.length }, 'success');
      else if (batch) notify('retention.made', { name: batch.fileName, count: batch.caseIds.length }, 'success');
      else notify('retention.nothingToArchive', undefined, 'info');
      setRefresh((n) => n + 1);
    } catch (error) {
      setFailure(t('retention.failed', { message: errorMessage(error, t) }));
    } finally {
      setStage(null);
    }
  };
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {t('retention.help')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField name="archiveAfterYears" label={t('retention.yearsLabel')} value={years} onChange={(e) => setYears(e.target.value)} error={!yearsValid} helperText={yearsValid ? t('retention.yearsHelp') : t('retention.yearsInvalid')} sx={{ width: 220 }} />
        <TextField name="archiveFolder" label={t('retention.folderLabel')} value={folder} onChange={(e) => setFolder(e.target.value)} helperText={t('retention.folderHelp')} sx={{ flex: 1 }} slotProps={{ htmlInput: { spellCheck: false } }} />
        <Button variant="outlined" onClick={() => void save()} disabled={!yearsValid} sx={{ mt: 1 }} data-testid="retention-save">
          {t('retention.save')}
        </Button>
      </Stack>
      <Box data-testid="retention-preview">
        <Typography variant="subtitle2">{t('retention.previewTitle')}</Typography>
        {preview && eligible === 0 && <Typography variant="body2">{t('retention.previewNone')}</Typography>}
        {preview && eligible > 0 && (
          <Typography variant="body2">
            {preview.byClosingYear.map((y) => t('retention.previewYear', { year: y.year, count: y.count })).join('；')}（{t('retention.previewTotal', { count: eligible })}）
          </Typography>
        )}
        {preview && preview.heldBySupplierFloor > 0 && <Typography variant="body2">{t('retention.heldSupplier', { count: preview.heldBySupplierFloor })}</Typography>}
        {preview && preview.heldOpen > 0 && <Typography variant="body2">{t('retention.heldOpen', { count: preview.heldOpen })}</Typography>}
      </Box>
      <Box>
        <Button variant="contained" onClick={() => void make()} disabled={stage !== null || eligible === 0} data-testid="retention-make">
          {t('retention.make')}
        </Button>
        <Button component={RouterLink} to="/archive" sx={{ ml: 2 }} data-testid="retention-open-page">
          {t('retention.openPage')}
        </Button>
      </Box>
      {stage && (
        <Box data-testid="retention-progress">
          <Typography variant="body2">{stage.stage === 'writing' ? t('retention.stage.writing', { done: stage.done, total: stage.total }) : t(`retention.stage.${stage.stage}`)}</Typography>
          <LinearProgress {...(stage.stage === 'writing' && stage.total > 0 ? { variant: 'determinate' as const, value: (100 * stage.done) / stage.total } : {})} />
        </Box>
      )}
      {failure && <Alert severity="error">{failure}</Alert>}
      <ArchiveBatches admin onChanged={() => setRefresh((n) => n + 1)} refresh={refresh} />
    </>
  );
}
