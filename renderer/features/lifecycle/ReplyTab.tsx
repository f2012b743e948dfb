/** 回复: replies to the customer (time, channel, written or not, text). */
import { Box, Button, Checkbox, FormControlLabel, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLY_CHANNELS, type ReplyChannel } from '../../../shared/domain/lifecycle/records';
import { formatDateTime, isoToLocalInput, localInputToIso, nowIso } from '../../ui/dates';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { ChoiceSelect } from '../../ui/form/ChoiceSelect';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { useWriteForm } from '../../ui/case-file/useWriteForm';

export function ReplyTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  const form = useWriteForm();
  const [at, setAt] = useState(isoToLocalInput(nowIso()));
  const [channel, setChannel] = useState<ReplyChannel>('email');
  const [written, setWritten] = useState(true);
  const [text, setText] = useState('');
  const replies = file.view.replies.filter((r) => !r.deleted);
  const add = async () => {
    if (await form.submit((r) => r.replies.add(file.case.id, { repliedAt: at === '' ? '' : localInputToIso(at), channel, written, text }))) setText('');
  };
  return (
    <LcSection id="lc-reply-title" title={t('lc.reply.title')}>
      {replies.length === 0 ? (
        <Typography color="text.secondary">{t('lc.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {replies.map((r) => (
            <ListItem key={r.id} divider data-testid="reply">
              <ListItemText primary={r.text} secondary={`${formatDateTime(r.repliedAt)} · ${t(`lc.reply.channels.${r.channel}`)}${r.written ? ` · ${t('lc.reply.written')}` : ''} · ${r.by} · ${t('lc.round', { round: r.round })}`} />
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
        <LcTextField type="datetime-local" label={t('lc.reply.repliedAt')} value={at} onChange={setAt} errorCode={form.fieldErrors.repliedAt} />
        <ChoiceSelect label={t('lc.reply.channel')} value={channel} choices={REPLY_CHANNELS} text={(c) => t(`lc.reply.channels.${c}`)} onChange={setChannel} error={form.fieldErrors.channel} />
        <FormControlLabel control={<Checkbox checked={written} onChange={(e) => setWritten(e.target.checked)} />} label={t('lc.reply.written')} />
      </Stack>
      <LcTextField label={t('lc.reply.text')} value={text} onChange={setText} multiline minRows={3} errorCode={form.fieldErrors.text} />
      <FormMessage message={form.message} />
      <Box>
        <Button variant="contained" onClick={() => void add()} disabled={form.busy}>
          {t('lc.reply.add')}
        </Button>
      </Box>
    </LcSection>
  );
}
