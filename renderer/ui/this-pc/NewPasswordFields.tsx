/** A new password typed twice, with its problem (checkNewPassword) shown at the right field once the form was submitted. */
import { useTranslation } from 'react-i18next';
import type { checkNewPassword } from '../../../shared/domain/clerks/password';
import { PasswordField } from './PasswordField';
import { passwordProblemText } from './passwordText';

interface Props {
  label: string;
  password: string;
  onPassword: (value: string) => void;
  again: string;
  onAgain: (value: string) => void;
  problem: ReturnType<typeof checkNewPassword>;
  submitted: boolean;
}

export function NewPasswordFields({ label, password, onPassword, again, onAgain, problem, submitted }: Props) {
  const { t } = useTranslation();
  const mismatch = problem === 'mismatch';
  return (
    <>
      <PasswordField
        name="newPassword"
        label={label}
        value={password}
        onChange={onPassword}
        autoComplete="new-password"
        error={submitted && problem !== null && !mismatch}
        helperText={submitted && !mismatch ? (passwordProblemText(problem, t) ?? t('signIn.passwordHelp')) : t('signIn.passwordHelp')}
      />
      <PasswordField
        name="confirmPassword"
        label={t('signIn.confirmPassword')}
        value={again}
        onChange={onAgain}
        autoComplete="new-password"
        error={submitted && mismatch}
        helperText={submitted && mismatch ? passwordProblemText(problem, t) : undefined}
      />
    </>
  );
}
