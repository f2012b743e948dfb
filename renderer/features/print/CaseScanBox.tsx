/**
 * Opening a case by its number: the search box in the app bar (typed by
 * hand, Enter) and the global keyboard-wedge listener (a scanned return
 * label anywhere in the app). Both decode `QD:<case number>` or a bare case
 * number and open the case found by repositories.cases.findByNumber.
 */
import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import { InputAdornment, TextField } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { decodeCasePayload } from '../../../shared/forms';
import { notify } from '../../state/notices';
import { useRepositories } from '../../state/session';
import { ScanWedgeDetector } from './scanWedge';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

export function CaseScanBox() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const box = useRef<HTMLInputElement>(null);

  const openCase = useCallback(
    async (raw: string) => {
      const number = decodeCasePayload(raw);
      if (!number) return false;
      const found = await repositories.cases.findByNumber(number);
      if (!found) {
        notify('print.scan.notFound', { number }, 'warning');
        return false;
      }
      void navigate(`/cases/${found.id}`);
      return true;
    },
    [repositories, navigate, t],
  );

  useEffect(() => {
    const detector = new ScanWedgeDetector();
    const onKey = (e: KeyboardEvent) => {
      // The search box handles its own Enter.
      if (e.target === box.current) return;
      const scanned = detector.feed(e.key, e.timeStamp, isTextField(e.target));
      if (scanned) void openCase(scanned);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openCase]);

  return (
    <TextField
      size="small"
      value={text}
      placeholder={t('print.scan.search')}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        void openCase(text).then((opened) => opened && setText(''));
      }}
      slotProps={{
        htmlInput: { ref: box, 'aria-label': t('print.scan.search'), 'data-testid': 'case-scan-box' },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <QrCodeScannerIcon fontSize="small" sx={{ color: 'inherit' }} />
            </InputAdornment>
          ),
          sx: { bgcolor: 'rgba(255,255,255,0.15)', color: 'inherit', width: 240, '& fieldset': { border: 'none' } },
        },
      }}
      sx={{ ml: 'auto' }}
    />
  );
}
