/** 关于: version, host, platform and where this PC keeps its data. */
import { Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { getDesktopApi } from '../../platform';
import { errorMessage } from '../../ui/errors';
import { SettingsSection } from './SettingsSection';

export function AboutSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    getDesktopApi()
      .appInfo()
      .then(setInfo, (error: unknown) => setFailure(errorMessage(error, t)));
  }, [t]);
  const rows: [string, string][] = info
    ? [
        [t('settings.version'), info.version],
        [t('settings.host'), info.host === 'electron' ? t('settings.hostElectron') : t('settings.hostWeb')],
        [t('settings.platform'), info.platform],
        [t('settings.profilePath'), info.profilePath],
      ]
    : [];
  return (
    <SettingsSection id="settings-about" title={t('settings.about')}>
      {failure && <Typography color="error">{failure}</Typography>}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </SettingsSection>
  );
}
