/** 处理记录: every transition with who, when and why (append-only). */
import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/dates';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { LcSection } from './LcSection';

export function TransitionsTab() {
  const { t } = useTranslation();
  const { file } = useCaseFileApi();
  return (
    <LcSection id="lc-transitions-title" title={t('lc.transitions.title')}>
      {file.transitions.length === 0 ? (
        <Typography color="text.secondary">{t('lc.none')}</Typography>
      ) : (
        <List dense disablePadding>
          {[...file.transitions].reverse().map((tr) => (
            <ListItem key={tr.id} divider data-testid="transition">
              <ListItemText
                primary={t('lc.transitions.line', { time: formatDateTime(tr.at), by: tr.by, action: t(`lc.actions.${tr.action}`), from: t(`lc.steps.${tr.from}`), to: t(`lc.steps.${tr.to}`) })}
                secondary={tr.reason ? t('lc.transitions.reason', { reason: tr.reason }) : undefined}
              />
            </ListItem>
          ))}
        </List>
      )}
    </LcSection>
  );
}
