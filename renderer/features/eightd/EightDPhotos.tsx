/**
 * Photos of one discipline of the 8D (D2 problem, D4 root cause, D6
 * verification): case attachments owned by `<reportId>/<discipline>`.
 * Add (with a preview made here), open in the PC's viewer, remove.
 */
import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import { Box, Button, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { eightDPhotoOwner, type PhotoDiscipline } from '../../../shared/domain/eightd/records';
import { AttachmentThumbnail } from '../../ui/attachments/AttachmentThumbnail';
import { useAttachmentFiles } from '../../ui/attachments/useAttachmentFiles';
import { FormMessage } from '../../ui/form/FormMessage';
import { formatBytes } from '../../ui/formatBytes';
import { useEightD } from './eightDFileContext';
import { useEightDForm } from './useEightDForm';

const PHOTO_SIZE = { width: 96, height: 72 };

export function EightDPhotos({ discipline, readOnly }: { discipline: PhotoDiscipline; readOnly: boolean }) {
  const { t } = useTranslation();
  const { file, repositories } = useEightD();
  const form = useEightDForm();
  const report = file.bundle.report;
  const files = useAttachmentFiles({ caseId: report.caseId, ownerId: eightDPhotoOwner(report.id, discipline), form });
  const photos = file.photos[discipline].filter((p) => !p.deleted);
  const title = t(`eightD.photos.${discipline}`);

  const inputId = `ed-photo-${discipline}`;
  return (
    <Box component="section" aria-label={title} data-testid={`ed-photos-${discipline}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {title} · {t('eightD.photos.hint', { max: formatBytes(files.maxBytes) })}
        </Typography>
        {!readOnly && (
          <Button component="label" htmlFor={inputId} size="small" variant="outlined" startIcon={<AddPhotoAlternateIcon />}>
            {t('eightD.photos.add')}
            <input id={inputId} ref={files.input} type="file" hidden multiple accept="image/png,image/jpeg,image/*" onChange={(e) => void files.add(e.target.files)} />
          </Button>
        )}
      </Stack>
      {photos.length > 0 && (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
          {photos.map((p) => (
            <Stack key={p.id} spacing={0.5} sx={{ width: 120 }} data-testid="ed-photo">
              <AttachmentThumbnail record={p} repositories={repositories} size={PHOTO_SIZE} />
              <Link component="button" type="button" variant="caption" onClick={() => void files.open(p)} sx={{ textAlign: 'left', wordBreak: 'break-all' }}>
                {p.fileName}
              </Link>
              {!readOnly && (
                <Button size="small" color="error" sx={{ alignSelf: 'flex-start', p: 0, minWidth: 0 }} disabled={form.busy} onClick={() => void form.submit((r) => r.attachments.remove(p.id))}>
                  {t('eightD.common.remove')}
                </Button>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      {files.problem ? <FormMessage message={files.problem} /> : <FormMessage message={form.message} />}
    </Box>
  );
}
