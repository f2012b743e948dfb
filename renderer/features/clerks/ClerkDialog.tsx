/**
 * Admin: add a clerk (name, department, roles, temporary password) or edit
 * one (department, roles). Writes only what changed; a refusal (not admin,
 * last admin, bad input) is shown and nothing is written.
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDepartment } from '../../../shared/domain/clerks/clerk';
import type { ClerkRole } from '../../../shared/domain/clerks/roles';
import { ValidationFailedError, type Clerk } from '../../db/types';
import { useRepositories } from '../../state/session';
import { PasswordField } from '../../ui/this-pc/PasswordField';
import { clerkErrorText } from '../../ui/this-pc/passwordText';
import { RoleChecks } from './RoleChecks';

interface Props {
  /** The clerk to edit; null to add one. */
  clerk: Clerk | null;
  onClose: () => void;
  onSaved: () => void;
}

export function ClerkDialog({ clerk, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [name, setName] = useState(clerk?.name ?? '');
  const [department, setDepartment] = useState(clerk?.department ?? '');
  const [roles, setRoles] = useState<ClerkRole[]>(clerk?.roles ?? []);
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      if (!clerk) await repositories.clerks.create({ name, department, roles }, password);
      else {
        // Two writes: the department is checked first and the roles (which may be refused: last admin) written
        // before it, so a refusal leaves nothing half-saved.
        const departmentProblem = checkDepartment(department);
        if (departmentProblem) throw new ValidationFailedError({ department: departmentProblem });
        const sameRoles = roles.length === clerk.roles.length && roles.every((r) => clerk.roles.includes(r));
        if (!sameRoles) await repositories.clerks.setRoles(clerk.id, roles);
        if (department.trim() !== clerk.department) await repositories.clerks.setDepartment(clerk.id, department);
      }
      onSaved();
    } catch (error) {
      setFailure(clerkErrorText(error, t));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="clerk-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          void save();
        }}
      >
        <DialogTitle id="clerk-dialog-title">{clerk ? t('clerks.editTitle', { name: clerk.name }) : t('clerks.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {!clerk && <TextField name="clerkName" label={t('clerks.name')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus slotProps={{ htmlInput: { maxLength: 60 } }} />}
            <TextField name="department" label={t('clerks.department')} value={department} onChange={(e) => setDepartment(e.target.value)} slotProps={{ htmlInput: { maxLength: 60 } }} />
            <RoleChecks value={roles} onChange={setRoles} />
            {!clerk && (
              <PasswordField name="temporaryPassword" label={t('signIn.temporaryPassword')} value={password} onChange={setPassword} autoComplete="new-password" helperText={t('clerks.resetHelp')} />
            )}
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
