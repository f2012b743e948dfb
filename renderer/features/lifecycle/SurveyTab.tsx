/** 回访: the satisfaction survey of form ZWX-PZ202-02A — questions 1–7 and 8A/8B/8C in the office's wording, 10/8/6/4 points, satisfied from the office's threshold (80). */
import { Alert, Box, Button, FormControlLabel, List, ListItem, ListItemText, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_ANSWERS, type SurveyAnswer } from '../../../shared/domain/lifecycle/records';
import { SURVEY_ITEMS, isSatisfiedScore, surveyScore } from '../../../shared/domain/lifecycle/survey';
import { useSettings } from '../../state/session';
import { surveyItemLabel } from './surveyItemText';
import { formatDate, localInputToIso, nowIso } from '../../ui/dates';
import { notify } from '../../state/notices';
import { useCaseFileApi } from '../../ui/case-file/caseFileContext';
import { FormMessage } from '../../ui/form/FormMessage';
import { LcSection } from './LcSection';
import { LcTextField } from './LcTextField';
import { useWriteForm } from '../../ui/case-file/useWriteForm';

export function SurveyTab() {
  const { t, i18n } = useTranslation();
  const { file } = useCaseFileApi();
  const { surveyForm } = useSettings();
  const threshold = surveyForm.satisfiedThreshold;
  const form = useWriteForm();
  const [answers, setAnswers] = useState<(SurveyAnswer | null)[]>(() => SURVEY_ITEMS.map(() => null));
  const [date, setDate] = useState(nowIso().slice(0, 10));
  const [remarks, setRemarks] = useState('');
  const complete = answers.every((a): a is SurveyAnswer => a !== null);
  const score = surveyScore(answers.filter((a): a is SurveyAnswer => a !== null));
  const surveys = file.view.surveys.filter((s) => !s.deleted);

  const save = async () => {
    const local: Record<string, string> = complete ? {} : { answers: 'answersIncomplete' };
    // A survey of today is dated now (noon would be before a complaint received this afternoon); another day at noon.
    const now = nowIso();
    const surveyedAt = date === now.slice(0, 10) ? now : localInputToIso(`${date}T12:00`);
    const result = await form.submit((r) => r.surveys.record(file.case.id, { surveyedAt, answers: answers as SurveyAnswer[], remarks }), local);
    if (!result) return;
    if (result.transition) notify('lc.survey.newRoundNotice', { round: result.transition.round }, 'warning');
    else notify('lc.saved');
    setAnswers(SURVEY_ITEMS.map(() => null));
    setRemarks('');
  };

  return (
    <LcSection id="lc-survey-title" title={t('lc.survey.title')}>
      {!file.followUpRequired && <Alert severity="info">{t('lc.survey.notDue')}</Alert>}
      {surveys.length > 0 && (
        <List dense disablePadding aria-label={t('lc.survey.history')}>
          {surveys.map((s) => (
            <ListItem key={s.id} divider data-testid="survey-record">
              <ListItemText
                primary={t('lc.survey.line', { round: s.round, date: formatDate(s.surveyedAt), score: s.score, verdict: s.satisfied ? t('lc.survey.verdictSatisfied') : t('lc.survey.verdictUnsatisfied') })}
                secondary={s.remarks || undefined}
              />
            </ListItem>
          ))}
        </List>
      )}
      <LcTextField type="date" label={t('lc.survey.surveyedAt')} value={date} onChange={setDate} errorCode={form.fieldErrors.surveyedAt} sx={{ maxWidth: 220 }} />
      <Box component="table" sx={{ borderCollapse: 'collapse', '& td': { borderBottom: 1, borderColor: 'divider', py: 0.5, pr: 1 } }}>
        <tbody>
          {SURVEY_ITEMS.map((item, i) => {
            const id = `survey-${item.id}`;
            return (
              <tr key={item.id}>
                <td id={id}>{surveyItemLabel(surveyForm, item, i18n.language, t)}</td>
                <td>
                  <RadioGroup row aria-labelledby={id} value={answers[i] ?? ''} onChange={(e) => setAnswers((prev) => prev.map((a, j) => (j === i ? (e.target.value as SurveyAnswer) : a)))}>
                    {SURVEY_ANSWERS.map((a) => (
                      <FormControlLabel key={a} value={a} control={<Radio size="small" />} label={t(`lc.survey.answers.${a}`)} />
                    ))}
                  </RadioGroup>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Box>
      {form.fieldErrors.answers && <Typography color="error">{t('lc.errors.answersIncomplete')}</Typography>}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography data-testid="survey-score" sx={{ fontWeight: 700, fontSize: '1.125rem' }}>
          {t('lc.survey.total', { score })}
        </Typography>
        {complete && (
          <Typography color={isSatisfiedScore(score, threshold) ? 'success.main' : 'error'} sx={{ fontWeight: 600 }}>
            {isSatisfiedScore(score, threshold) ? t('lc.survey.satisfied', { threshold }) : t('lc.survey.unsatisfied', { threshold })}
          </Typography>
        )}
      </Stack>
      <LcTextField label={t('lc.survey.remarks')} value={remarks} onChange={setRemarks} multiline minRows={2} errorCode={form.fieldErrors.remarks} />
      <FormMessage message={form.message} />
      <Box>
        <Button variant="contained" onClick={() => void save()} disabled={form.busy}>
          {t('lc.survey.record')}
        </Button>
      </Box>
    </LcSection>
  );
}
