/** The printed forms and labels the desk knows (their templates are in shared/forms/templates). */
export const FORM_KINDS = ['complaint', 'returnLabel', 'inspection', 'survey', 'reminder', 'creditNote', 'supplierChargeback', 'eightD'] as const;
export type FormKind = (typeof FORM_KINDS)[number];
