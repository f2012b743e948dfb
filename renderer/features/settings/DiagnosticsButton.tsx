/** 导出诊断包: main packs the logs, the share doctor's report and the versions (issue 20.4); saved like any document. */
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeBase64 } from '../../../shared/base64';
import { getDesktopApi } from '../../platform';
import { saveDocumentFile, ZIP_MIME_TYPE } from '../../platform/saveDocument';
import { notify } from '../../state/notices';
import { errorMessage } from '../../ui/errors';

export function DiagnosticsButton() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const pack = await getDesktopApi().diagnosticsExport();
      const result = await saveDocumentFile({ fileName: pack.fileName, mimeType: ZIP_MIME_TYPE, bytes: decodeBase64(pack.dataBase64) });
      if (result.outcome === 'saved') notify('diagnostics.saved', { path: result.path }, 'success');
      else if (result.outcome === 'downloaded') notify('diagnostics.downloaded', { name: pack.fileName }, 'success');
    } catch (error) {
      notify('diagnostics.failed', { message: errorMessage(error, t) }, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" onClick={() => void run()} disabled={busy} data-testid="diagnostics-export" sx={{ alignSelf: 'flex-start' }}>
      {busy ? t('diagnostics.making') : t('diagnostics.export')}
    </Button>
  );
}
