/**
 * Attachments of the case or of one of its records: thumbnail (images),
 * name, size, sha256, open. Opening hands the bytes to the host, which writes
 * them to its attachment cache and starts the PC's own viewer.
 */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, Button, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AttachmentThumbnail } from '../../ui/attachments/AttachmentThumbnail';
import { useAttachmentFiles } from '../../ui/attachments/useAttachmentFiles';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { useWriteForm } from '../../ui/case-file/useWriteForm';
import { FormMessage } from '../../ui/form/FormMessage';
import { formatBytes } from '../../ui/formatBytes';

const THUMB = { width: 64, height: 64 };

/** `addLabel`: the add button's text where neither 添加附件 (the case) nor 添加照片 (a record) says it. */
export function AttachmentList({ ownerId, title, addLabel }: { ownerId: string; title: string; addLabel?: string }) {
  const { t } = useTranslation();
  const { file, repositories } = useCaseFileApi();
  const form = useWriteForm();
  const files = useAttachmentFiles({ caseId: file.case.id, ownerId, form });
  const list = file.attachments.filter((a) => a.ownerId === ownerId && !a.deleted);

  const inputId = `attach-${ownerId}`;
  return (
    <Box component="section" aria-label={title} sx={{ mt: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {title} · {t('lc.attachments.hint', { max: formatBytes(files.maxBytes) })}
        </Typography>
        <Button component="label" htmlFor={inputId} size="small" variant="outlined" startIcon={<AttachFileIcon />}>
          {addLabel ?? (ownerId === file.case.id ? t('lc.attachments.add') : t('lc.attachments.addToLine'))}
          <input id={inputId} ref={files.input} type="file" hidden multiple accept="image/*,video/*,application/pdf,.pdf,.tif,.tiff,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.log" onChange={(e) => void files.add(e.target.files)} />
        </Button>
      </Stack>
      {list.length > 0 && (
        <Stack spacing={1}>
          {list.map((a) => (
            <Stack key={a.id} direction="row" spacing={1.5} sx={{ alignItems: 'center' }} data-testid="attachment">
              <AttachmentThumbnail size={THUMB} repositories={repositories} record={a} />
              <Box sx={{ minWidth: 0 }}>
                <Link component="button" type="button" onClick={() => void files.open(a)}>
                  {a.fileName}
                </Link>
                <Typography variant="caption" component="div" color="text.secondary">
                  {formatBytes(a.size)} · {t('lc.attachments.sha256')} <Box component="span" sx={{ fontFamily: 'monospace' }} data-testid="sha256">{a.sha256}</Box>
                </Typography>
              </Box>
            </Stack>
          ))}
        </Stack>
      )}
      {files.problem ? <FormMessage message={files.problem} /> : <FormMessage message={form.message} />}
    </Box>
  );
}
