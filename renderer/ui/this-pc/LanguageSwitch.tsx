/** 简体中文 / English, as a pair of toggle buttons labelled 界面语言 / Language. */
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n';
import { switchLanguage } from './switchLanguage';
import { notify } from '../../state/notices';
import { errorText } from '../errors';

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ToggleButtonGroup
      exclusive
      size={compact ? 'small' : 'medium'}
      color="primary"
      value={current}
      aria-label={t('settings.language')}
      onChange={(_event, value: unknown) => {
        if (isLanguage(value)) switchLanguage(value).catch((error: unknown) => notify('settings.failed', { message: errorText(error) }, 'error'));
      }}
    >
      <ToggleButton value="zh-CN" lang="zh-CN">
        {t('settings.languageZh')}
      </ToggleButton>
      <ToggleButton value="en" lang="en">
        {t('settings.languageEn')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
