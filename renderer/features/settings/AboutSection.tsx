/** 关于: version, host, platform, this PC's identity (device id, station code), where it keeps its data and which share it uses; the diagnostics pack for IT. */
import { Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { getDesktopApi } from '../../platform';
import { errorMessage } from '../../ui/errors';
import { DiagnosticsButton } from './DiagnosticsButton';
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
        [t('diagnostics.deviceId'), info.deviceId],
        [t('diagnostics.stationCode'), info.stationCode || t('diagnostics.notSet')],
        [t('settings.profilePath'), info.profilePath],
        [t('diagnostics.sharePath'), info.sharePath ?? t('diagnostics.noShare')],
      ]
    : [];
  return (
    <SettingsSection id="settings-about" title={t('settings.about')}>
      {failure && <Typography color="error">{failure}</Typography>}
      <Box component="dl" data-testid="about-box" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
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
      <DiagnosticsButton />
    </SettingsSection>
  );
}
