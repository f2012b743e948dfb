/**
 * D6: moves one corrective action on — planned → implemented (on a date) →
 * verified (how and with what result, by whom, on a date). The repository
 * refuses a verification without its result, verifier and date; the
 * messages stay at the fields.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDCorrective } from '../../../shared/domain/eightd/records';
import { MAX_PERSON_NAME } from '../../../shared/domain/eightd/validation';
import { formatDate } from '../../ui/dates';
import { sessionNow, useClerk } from '../../state/session';
import { ChildFormFrame } from './ChildFormFrame';
import { EdTextField } from './EdTextField';
import { eightDFieldErrorText } from './missingText';
import { useEightDForm } from './useEightDForm';

export function CorrectiveStatusForm({ corrective, onDone }: { corrective: EightDCorrective; onDone: () => void }) {
  const { t } = useTranslation();
  const clerk = useClerk();
  const form = useEightDForm();
  const today = formatDate(new Date(sessionNow()));
  const [implementedOn, setImplementedOn] = useState(corrective.implementedOn || today);
  const [verificationResult, setVerificationResult] = useState(corrective.verificationResult);
  const [verifiedBy, setVerifiedBy] = useState(corrective.verifiedBy || (clerk?.name ?? ''));
  const [verifiedOn, setVerifiedOn] = useState(corrective.verifiedOn || today);
  const e = form.fieldErrors;
  const implementing = corrective.status === 'planned';
  // A refusal of the step itself (e.g. verified before implemented) has no field of its own here.
  const message = e.status ? (eightDFieldErrorText(e.status, t) ?? form.message) : form.message;

  const save = async () => {
    const done = implementing
      ? await form.submit((r) => r.eightD.correctives.setStatus(corrective.id, 'implemented', { implementedOn }))
      : await form.submit((r) => r.eightD.correctives.setStatus(corrective.id, 'verified', { verificationResult, verifiedBy, verifiedOn }));
    if (done) onDone();
  };

  if (implementing) {
    return (
      <ChildFormFrame legend={t('eightD.corrective.implementTitle', { description: corrective.description })} submitLabel={t('eightD.corrective.markImplemented')} busy={form.busy} message={message} onSubmit={() => void save()} onCancel={onDone}>
        <EdTextField type="date" label={t('eightD.corrective.implementedOn')} value={implementedOn} onChange={setImplementedOn} errorCode={e.implementedOn} />
      </ChildFormFrame>
    );
  }
  return (
    <ChildFormFrame legend={t('eightD.corrective.verifyTitle', { description: corrective.description })} submitLabel={t('eightD.corrective.verify')} busy={form.busy} message={message} onSubmit={() => void save()} onCancel={onDone}>
      <EdTextField label={t('eightD.corrective.verificationResult')} value={verificationResult} onChange={setVerificationResult} errorCode={e.verificationResult} multiline sx={{ flex: '1 1 360px' }} />
      <EdTextField label={t('eightD.corrective.verifiedBy')} value={verifiedBy} onChange={setVerifiedBy} errorCode={e.verifiedBy} maxLength={MAX_PERSON_NAME} />
      <EdTextField type="date" label={t('eightD.corrective.verifiedOn')} value={verifiedOn} onChange={setVerifiedOn} errorCode={e.verifiedOn} />
    </ChildFormFrame>
  );
}
