/**
 * The case's printing facts on its page: every print / PDF of its forms
 * (what, when, who, which printer, copies) and the "signed copy received"
 * mark with an optional scan of the signed paper (stored as an attachment).
 */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, Button, Checkbox, FormControlLabel, List, ListItem, Paper, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCase } from '../../../shared/domain/case';
import type { PrintRecord, SignedCopyMark } from '../../../shared/domain/print-records';
import type { AttachmentRecord } from '../../../shared/domain/lifecycle/records';
import { formatDateTime } from '../../ui/dates';
import { errorText } from '../../ui/errors';
import { notifyText } from '../../state/notices';
import { useRepositories } from '../../state/session';
import { onPrinted } from './printEvents';

export function CasePrintPanel({ record }: { record: ComplaintCase }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [prints, setPrints] = useState<PrintRecord[]>([]);
  const [mark, setMark] = useState<SignedCopyMark | null>(null);
  const [scan, setScan] = useState<AttachmentRecord | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    const [list, m] = await Promise.all([repositories.print.list(record.id), repositories.print.getSignedCopy(record.id)]);
    setPrints(list);
    setMark(m);
    if (m?.scanAttachmentId) {
      const attachments = await repositories.attachments.list(record.id).catch(() => []);
      setScan(attachments.find((a) => a.id === m.scanAttachmentId) ?? null);
    } else setScan(null);
  }, [repositories, record.id]);

  useEffect(() => {
    void load();
    return onPrinted(record.id, () => void load());
  }, [load, record.id]);

  const setReceived = async (received: boolean, scanAttachmentId: string | null) => {
    try {
      await repositories.print.setSignedCopy(record.id, received, scanAttachmentId);
      await load();
    } catch (e) {
      notifyText(errorText(e), 'error');
    }
  };

  const attach = async (file: File) => {
    try {
      const bytes = await file.arrayBuffer();
      const added = await repositories.attachments.add(record.id, { ownerId: record.id, fileName: file.name, mimeType: file.type || 'application/octet-stream', bytes });
      await setReceived(true, added.id);
    } catch (e) {
      notifyText(errorText(e), 'error');
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="case-print-panel">
      <Typography variant="h2" sx={{ fontSize: '1rem', fontWeight: 700, mb: 1 }}>
        {t('print.history.title')}
      </Typography>
      {prints.length === 0 ? (
        <Typography color="text.secondary">{t('print.history.none')}</Typography>
      ) : (
        <List dense disablePadding data-testid="print-history">
          {prints.map((p) => (
            <ListItem key={p.id} disableGutters>
              {t('print.history.row', {
                time: formatDateTime(p.printedAt),
                form: t(`print.kinds.${p.form}`),
                action: t(`print.history.actions.${p.action}`),
                copies: p.copies,
                printer: p.printer || t('print.history.pdf'),
                by: p.printedBy,
              })}
            </ListItem>
          ))}
        </List>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1, flexWrap: 'wrap' }}>
        <FormControlLabel
          control={<Checkbox checked={mark?.received ?? false} onChange={(e) => void setReceived(e.target.checked, mark?.scanAttachmentId ?? null)} />}
          label={t('print.history.signed')}
        />
        {mark && <Typography variant="body2" color="text.secondary">{t('print.history.signedBy', { by: mark.markedBy, time: formatDateTime(mark.markedAt) })}</Typography>}
        <Button size="small" startIcon={<AttachFileIcon />} onClick={() => fileInput.current?.click()}>
          {t('print.history.attachScan')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="image/*,application/pdf"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void attach(file);
          }}
        />
        {scan && <Typography variant="body2">{t('print.history.scan', { name: scan.fileName })}</Typography>}
      </Box>
    </Paper>
  );
}
