/** D2 问题描述: the problem in the customer's terms, 5W2H, affected lots / date codes, first or repeat, and photos. */
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { EdChoice } from './EdChoice';
import { EdSection } from './EdSection';
import { EdTextField } from './EdTextField';
import { EightDPhotos } from './EightDPhotos';
import { SaveBar } from './SaveBar';
import { useReportDraft } from './useReportDraft';

const FIVE_W_TWO_H = ['what', 'where', 'when', 'who', 'why', 'how', 'howMany'] as const;
const KEYS = ['title', 'customerDescription', ...FIVE_W_TWO_H, 'affectedLots', 'affectedDateCodes', 'occurrence'] as const;

export function ProblemSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { draft, set, save, form } = useReportDraft(KEYS);
  const e = form.fieldErrors;
  const disabled = readOnly;
  return (
    <EdSection discipline="D2">
      <EdTextField label={t('eightD.problem.title')} value={draft.title} onChange={(title) => set({ title })} errorCode={e.title} disabled={disabled} />
      <EdTextField label={t('eightD.problem.customerDescription')} value={draft.customerDescription} onChange={(v) => set({ customerDescription: v })} errorCode={e.customerDescription} multiline minRows={2} disabled={disabled} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5 }}>
        {FIVE_W_TWO_H.map((k) => (
          <EdTextField key={k} label={t(`eightD.problem.${k}`)} value={draft[k]} onChange={(v) => set({ [k]: v })} errorCode={e[k]} multiline disabled={disabled} />
        ))}
        <EdTextField label={t('eightD.problem.affectedLots')} value={draft.affectedLots} onChange={(v) => set({ affectedLots: v })} errorCode={e.affectedLots} multiline helperText={t('eightD.problem.listHelp')} disabled={disabled} />
        <EdTextField label={t('eightD.problem.affectedDateCodes')} value={draft.affectedDateCodes} onChange={(v) => set({ affectedDateCodes: v })} errorCode={e.affectedDateCodes} multiline helperText={t('eightD.problem.listHelp')} disabled={disabled} />
      </Box>
      <EdChoice
        label={t('eightD.problem.occurrence')}
        value={draft.occurrence}
        choices={['first', 'repeat'] as const}
        text={(o) => t(`eightD.problem.occurrences.${o}`)}
        onChange={(occurrence) => set({ occurrence })}
        emptyLabel={t('eightD.problem.notSaid')}
        errorCode={e.occurrence}
        sx={{ maxWidth: 240 }}
      />
      {!readOnly && <SaveBar busy={form.busy} message={form.message} onSave={() => void save()} testId="ed-save-D2" />}
      <EightDPhotos discipline="D2" readOnly={readOnly} />
    </EdSection>
  );
}
