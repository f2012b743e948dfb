/** 未配置共享 / 共享在线 / 共享离线, plus the detail for a tooltip. */
import { useTranslation } from 'react-i18next';
import type { ShareStatus } from '../../shared/ipc/contract';
import { formatDateTime } from './dates';
import { errorMessage } from './errors';

export function useShareStateText(status: ShareStatus | null, error: unknown): { label: string; detail: string; state: ShareStatus['state'] | 'unknown' } {
  const { t } = useTranslation();
  if (!status) {
    return { state: 'unknown', label: t('status.shareChecking'), detail: error ? t('status.shareUnknown', { message: errorMessage(error, t) }) : '' };
  }
  const time = formatDateTime(status.checkedAt);
  switch (status.state) {
    case 'none':
      return { state: 'none', label: t('status.shareNone'), detail: t('status.shareNoneDetail') };
    case 'online':
      return { state: 'online', label: t('status.shareOnline'), detail: t('status.shareOnlineDetail', { path: status.path ?? '', time }) };
    default:
      return {
        state: 'offline',
        label: t('status.shareOffline'),
        detail: t('status.shareOfflineDetail', { path: status.path ?? '', detail: status.detail ?? '', time }),
      };
  }
}
