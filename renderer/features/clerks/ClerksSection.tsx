/**
 * The clerk list (issue 16.3), a section of the settings page: name,
 * department, roles, active — and for an admin the actions (add, edit
 * department and roles, reset password, deactivate / reactivate). Other
 * clerks see the list read-only. Every change is an op authored by the
 * signed-in admin (history in the op log, shown by ClerkHistory).
 */
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clerk } from '../../db/types';
import { notify } from '../../state/notices';
import { sessionActions, useClerk, useRepositories } from '../../state/session';
import { clerkErrorText } from '../../ui/this-pc/passwordText';
import { ClerkDialog } from './ClerkDialog';
import { ClerkHistory } from './ClerkHistory';
import { IdleLockSetting } from './IdleLockSetting';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useClerkList } from '../../ui/useClerkList';

type Editing = { kind: 'add' } | { kind: 'edit'; clerk: Clerk } | { kind: 'reset'; clerk: Clerk } | null;

export function ClerksSection() {
  const { t } = useTranslation();
  const me = useClerk();
  const repositories = useRepositories();
  const { clerks, reload } = useClerkList();
  const [editing, setEditing] = useState<Editing>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const isAdmin = !!me && me.active && me.roles.includes('admin');

  const saved = () => {
    setEditing(null);
    reload();
    notify('clerks.saved');
    void sessionActions.refreshClerk(); // the admin may have changed their own roles
  };

  const toggleActive = async (clerk: Clerk) => {
    setFailure(null);
    try {
      await repositories.clerks.setActive(clerk.id, !clerk.active);
      saved();
    } catch (error) {
      setFailure(clerkErrorText(error, t));
    }
  };

  const statusOf = (c: Clerk): string => {
    if (!c.active) return t('clerks.inactive');
    if (!c.hasPassword) return t('clerks.noPasswordYet');
    return c.mustChangePassword ? `${t('clerks.active')} · ${t('clerks.mustChange')}` : t('clerks.active');
  };

  return (
    <Box data-testid="clerks-section">
      <IdleLockSetting />
      {!isAdmin && (
        <Alert severity="info" sx={{ my: 1 }}>
          {t('clerks.readOnly')}
        </Alert>
      )}
      {failure && (
        <Alert severity="error" sx={{ my: 1 }} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      <Table size="small" aria-label={t('clerks.section')} sx={{ mt: 1 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('clerks.name')}</TableCell>
            <TableCell>{t('clerks.department')}</TableCell>
            <TableCell>{t('clerks.roles')}</TableCell>
            <TableCell>{t('clerks.status')}</TableCell>
            {isAdmin && <TableCell>{t('clerks.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {(clerks ?? []).map((c) => (
            <TableRow key={c.id} data-testid="clerk-row" sx={{ opacity: c.active ? 1 : 0.6 }}>
              <TableCell>
                {c.name}
                {c.id === me?.id && (
                  <Typography component="span" color="text.secondary">
                    {' '}
                    {t('clerks.you')}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{c.department || t('common.empty')}</TableCell>
              <TableCell>{c.roles.length ? c.roles.map((r) => t(`roles.${r}`)).join(t('common.listSeparator')) : t('common.empty')}</TableCell>
              <TableCell>{statusOf(c)}</TableCell>
              {isAdmin && (
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => setEditing({ kind: 'edit', clerk: c })}>
                    {t('clerks.edit')}
                  </Button>
                  <Button size="small" onClick={() => setEditing({ kind: 'reset', clerk: c })}>
                    {t('clerks.resetPassword')}
                  </Button>
                  <Button size="small" color={c.active ? 'warning' : 'primary'} onClick={() => void toggleActive(c)}>
                    {c.active ? t('clerks.deactivate') : t('clerks.reactivate')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {isAdmin && (
        <Button variant="outlined" sx={{ mt: 1.5 }} onClick={() => setEditing({ kind: 'add' })}>
          {t('clerks.add')}
        </Button>
      )}
      <ClerkHistory clerks={clerks ?? []} version={clerks} />
      {editing?.kind === 'add' && <ClerkDialog clerk={null} onClose={() => setEditing(null)} onSaved={saved} />}
      {editing?.kind === 'edit' && <ClerkDialog clerk={editing.clerk} onClose={() => setEditing(null)} onSaved={saved} />}
      {editing?.kind === 'reset' && <ResetPasswordDialog clerk={editing.clerk} onClose={() => setEditing(null)} onSaved={saved} />}
    </Box>
  );
}
