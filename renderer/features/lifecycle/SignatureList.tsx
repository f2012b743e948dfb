/**
 * The electronic signatures of a case with their checks (issue 16.5): who,
 * which role, when and what was signed, marked 已验证 / 未验证 with the reason
 * in words — a signature from another PC that the verified clerk list and
 * approval limits of its time do not support is shown, never silently
 * trusted. Also a warning line for the top of the case page.
 */
import { Alert, Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedSignature } from '../../db';
import { formatDateTime } from '../../ui/dates';
import { useRepositories } from '../../state/session';
import { useRecordChanges } from '../../ui/useRecordChanges';

/** The case's signatures, checked; re-read after any write or merge touching the case or its signatures' verdicts. */
export function useCaseSignatures(caseId: string): CheckedSignature[] {
  const repositories = useRepositories();
  const [items, setItems] = useState<CheckedSignature[]>([]);
  const load = useCallback(() => {
    repositories.signatureChecks.ofCase(caseId).then(setItems, (error: unknown) => console.error('Could not check the signatures of the case', error));
  }, [repositories, caseId]);
  useEffect(load, [load]);
  useRecordChanges([caseId, ...items.map((s) => s.id)], load);
  return items;
}

export function SignatureList({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const items = useCaseSignatures(caseId);
  if (items.length === 0) return null; // most cases sign nothing: no empty heading
  return (
    <Box component="section" aria-labelledby="case-signatures" sx={{ mb: 2 }} data-testid="case-signatures">
      <Typography component="h2" variant="h3" id="case-signatures" sx={{ mb: 1 }}>
        {t('signatures.title')}
      </Typography>
      <List dense disablePadding>
        {items.map((s) => {
          const ok = s.check.status === 'verified';
          return (
            <ListItem key={s.id} divider disableGutters data-testid="case-signature" data-verified={ok}>
              <Chip size="small" color={ok ? 'success' : 'warning'} variant={ok ? 'outlined' : 'filled'} label={t(ok ? 'signatures.verified' : 'signatures.unverified')} sx={{ mr: 1.5, flexShrink: 0 }} />
              <ListItemText
                primary={`${s.step ? t(`signatures.steps.${s.step}`) : t('signatures.unknownStep')} · ${t('signatures.by', { name: s.onBehalfOfName ? t('delegation.signedFor', { name: s.clerkName, delegator: s.onBehalfOfName }) : s.clerkName, role: s.role ? t(`roles.${s.role}`) : t('signatures.unknownRole') })} · ${s.at ? formatDateTime(s.at) : t('signatures.unknownTime')}`}
                secondary={
                  <>
                    {s.meaning}
                    {s.check.status === 'unverified' && (
                      <Typography component="span" color="warning.main" variant="body2" sx={{ display: 'block' }}>
                        {t(`signatures.reasons.${s.check.reason}`)}
                      </Typography>
                    )}
                  </>
                }
              />
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}

/** One warning line on the case page while any of its signatures is unverified (nothing otherwise). */
export function UnverifiedSignaturesAlert({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const count = useCaseSignatures(caseId).filter((s) => s.check.status === 'unverified').length;
  if (count === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="case-unverified-signatures">
      {t('signatures.caseAlert', { count })}
    </Alert>
  );
}
