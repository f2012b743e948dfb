/**
 * D7 举一反三 / 水平展开 (seed 001 §3.4.5, 002 D3): the related models, lots
 * and materials to check, each with its result; rows offered from master
 * data (models sharing the case's part number, the part itself) are added
 * with one click, others are typed. Marking a row affected opens a D3
 * containment action for it (CheckResultForm).
 */
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { containmentNumber, suggestChecks } from '../../../shared/domain/eightd/horizontal-checks';
import type { EightDHorizontalCheck } from '../../../shared/domain/eightd/records';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { FormMessage } from '../../ui/form/FormMessage';
import { CheckResultForm } from './CheckResultForm';
import { ChildTable, type ChildColumn } from './ChildTable';
import { useEightD } from './eightDFileContext';
import { HorizontalCheckForm } from './HorizontalCheckForm';
import { useEightDForm } from './useEightDForm';

const RESULT_COLOR = { '': 'default', checked: 'success', notAffected: 'default', affected: 'error' } as const;

export function HorizontalChecks({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { file, caseRecord } = useEightD();
  const { entries } = useMasterEntries();
  const form = useEightDForm();
  const [adderKey, setAdderKey] = useState(0);
  const [marking, setMarking] = useState<string | null>(null);
  const checks = file.bundle.checks;
  const containment = file.bundle.containment;
  const suggestions = readOnly ? [] : suggestChecks(caseRecord, entries, checks);
  const markingRow = checks.find((c) => c.id === marking);

  const resultOf = (c: EightDHorizontalCheck) => {
    const n = containmentNumber(c, containment);
    return (
      <>
        <Chip size="small" color={RESULT_COLOR[c.result]} label={t(`eightD.horizontal.results.${c.result || 'open'}`)} data-testid="ed-check-result" />
        {n !== null && ` ${t('eightD.horizontal.containmentLinked', { n })}`}
      </>
    );
  };
  const columns: ChildColumn<EightDHorizontalCheck>[] = [
    { label: t('eightD.horizontal.kind'), render: (c) => t(`eightD.horizontal.kinds.${c.kind}`) },
    { label: t('eightD.horizontal.subject'), render: (c) => c.subject },
    { label: t('eightD.horizontal.basis'), render: (c) => t(`eightD.horizontal.bases.${c.basis}`) },
    { label: t('eightD.horizontal.scope'), render: (c) => c.scope },
    { label: t('eightD.horizontal.result'), render: resultOf },
    { label: t('eightD.horizontal.checkedBy'), render: (c) => (c.result ? t('eightD.horizontal.checker', { by: c.checkedBy, on: c.checkedOn }) : '') },
    { label: t('eightD.horizontal.note'), render: (c) => c.note },
  ];

  return (
    <Stack spacing={1.5} component="section" aria-labelledby="ed-horizontal-title" data-testid="ed-horizontal">
      <Box>
        <Typography component="h3" variant="subtitle1" id="ed-horizontal-title" sx={{ fontWeight: 600 }}>
          {t('eightD.horizontal.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('eightD.horizontal.help')}
        </Typography>
      </Box>
      {suggestions.length > 0 && (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }} data-testid="ed-check-suggestions">
          <Typography variant="body2">{t('eightD.horizontal.suggestions', { part: caseRecord.partNumber })}</Typography>
          {suggestions.map((s) => (
            <Chip
              key={`${s.kind}:${s.subject}`}
              variant="outlined"
              disabled={form.busy}
              label={t('eightD.horizontal.addSuggestion', { kind: t(`eightD.horizontal.kinds.${s.kind}`), subject: s.subject })}
              onClick={() => void form.submit((r) => r.eightD.checks.add(file.bundle.report.id, { ...s, scope: '', note: '' }))}
            />
          ))}
        </Stack>
      )}
      <FormMessage message={form.message} />
      <ChildTable
        label={t('eightD.horizontal.table')}
        testId="ed-check"
        rows={checks}
        columns={columns}
        editor={(c, close) => <HorizontalCheckForm item={c} onDone={close} />}
        adder={<HorizontalCheckForm key={adderKey} onDone={() => setAdderKey((k) => k + 1)} />}
        remove={(r, c) => r.eightD.checks.remove(c.id)}
        rowActions={(c) => (
          <Button size="small" onClick={() => setMarking(c.id)} data-testid="ed-check-mark">
            {t('eightD.horizontal.mark')}
          </Button>
        )}
        readOnly={readOnly}
      />
      {markingRow && !readOnly && <CheckResultForm key={markingRow.id} check={markingRow} onDone={() => setMarking(null)} />}
    </Stack>
  );
}
