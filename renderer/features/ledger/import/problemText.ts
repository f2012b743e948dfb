/** How the wizard and the annotated copy word a refused row's problem (ledgerImport.codes, .fields, .problem). */
import { useTranslation } from 'react-i18next';
import type { RowProblem } from '../../../../shared/workbook/ledger-import/rows';

export function useProblemText() {
  const { t } = useTranslation();
  const reason = (problem: RowProblem): string => t(`ledgerImport.codes.${problem.code}`, { ...problem.params });
  const field = (name: string): string => t(`ledgerImport.fields.${name}` as never, { defaultValue: t(`fields.${name}` as never, { defaultValue: name }) });
  return Object.assign((sheet: string, problem: RowProblem): string => t('ledgerImport.problem', { sheet, row: problem.row, field: field(problem.field), reason: reason(problem) }), { reason });
}
