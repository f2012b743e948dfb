/** The intake fields of a case, read-only, in the same sections as the form. */
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseField, ComplaintCase } from '../../../shared/domain/case';
import { fieldLabel, formatFieldValue } from '../../ui/fieldValues';
import { useMasterEntries } from '../../ui/useMasterEntries';
import { formatDefectRate } from './DefectRate';
import { FormSection } from './FormSection';
import { INTAKE_SECTIONS } from './sections';

function Item({ label, value, wide }: { label: string; value: string; wide?: boolean }) {
  return (
    <Box component="div" sx={{ gridColumn: wide ? '1 / -1' : undefined, py: 0.75 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {value}
      </Typography>
    </Box>
  );
}

const WIDE: ReadonlySet<CaseField> = new Set(['defectDescription', 'customerRequests']);

export function CaseDetails({ record }: { record: ComplaintCase }) {
  const { t } = useTranslation();
  useMasterEntries(); // the defect type reads as its entry ("外观 / 划伤")
  return (
    <>
      {INTAKE_SECTIONS.map((section) => (
        <FormSection key={section.key} id={`case-section-${section.key}`} title={t(`sections.${section.key}`)}>
          {section.fields.map((field) => (
            <Box component="dl" key={field} sx={{ m: 0, display: 'contents' }}>
              <Item label={fieldLabel(field, t)} value={formatFieldValue(field, record[field], t)} wide={WIDE.has(field)} />
            </Box>
          ))}
          {section.key === 'quantity' && (
            <Box component="dl" sx={{ m: 0, display: 'contents' }}>
              <Item label={t('fields.defectRate')} value={formatDefectRate(record) ?? t('common.empty')} />
            </Box>
          )}
        </FormSection>
      ))}
    </>
  );
}
