/**
 * Print settings per PC (shared/domain/settings.ts field `printing`): logo,
 * form numbers and revisions, copy designations, default printer and paper
 * per form. Every key has a default so older settings.json files load.
 */
import { z } from 'zod';
import { FORM_KINDS, type FormKind } from './form-kinds';
import { ORIENTATIONS, PAPER_KINDS, type Paper } from './paper';

const paperSchema = z.object({
  kind: z.enum(PAPER_KINDS),
  orientation: z.enum(ORIENTATIONS),
  widthMm: z.number().min(20).max(1000).optional(),
  heightMm: z.number().min(20).max(1000).optional(),
});

const formPrintSettingsSchema = z.object({
  formNumber: z.string().max(40),
  revision: z.string().max(20),
  /** Copy designations (第一联 品质部存 …), one printed copy each. */
  copies: z.array(z.string().max(40)).max(10),
  /** Printer name last chosen for this form ('' = ask / system default). */
  printer: z.string().max(300),
  paper: paperSchema,
});
export type FormPrintSettings = z.infer<typeof formPrintSettingsSchema>;

export const printSettingsSchema = z.object({
  /** data:image/…;base64 logo printed in the header ('' = none); ≤ 300,000 characters (≈ 220 KB image) so a form stays under the document limit. */
  logoDataUrl: z.string().max(300_000),
  forms: z.object(Object.fromEntries(FORM_KINDS.map((k) => [k, formPrintSettingsSchema])) as Record<FormKind, typeof formPrintSettingsSchema>),
});
export type PrintSettings = z.infer<typeof printSettingsSchema>;

const A4: Paper = { kind: 'a4', orientation: 'portrait' };
const A4_LANDSCAPE: Paper = { kind: 'a4', orientation: 'landscape' };
const THREE_COPIES = ['第一联 品质部存', '第二联 客服部存', '第三联 仓储科存'];

export function defaultPrintSettings(): PrintSettings {
  const f = (formNumber: string, copies: string[], paper: Paper = A4): FormPrintSettings => ({ formNumber, revision: 'A/0', copies, printer: '', paper: { ...paper } });
  return {
    logoDataUrl: '',
    forms: {
      complaint: f('QR-025', THREE_COPIES),
      returnLabel: f('QR-026', [], { kind: 'label100x150', orientation: 'portrait' }),
      inspection: f('QR-027', ['第一联 品质部存', '第二联 仓储科存']),
      survey: f('QR-028', []),
      reminder: f('QR-029', []),
      creditNote: f('QR-030', ['第一联 财务部存', '第二联 客服部存', '第三联 客户存']),
      supplierChargeback: f('QR-031', ['第一联 财务部存', '第二联 采购部存', '第三联 供应商存']),
      // One copy: the photos make every further copy as large again.
      eightD: f('QR-032', []),
      // The office's reports: wide tables, so landscape.
      monthlyReport: f('QR-033', [], A4_LANDSCAPE),
      qualityHistory: f('QR-034', [], A4_LANDSCAPE),
      // The procedures' return paperwork (issue 19.9 / 19.3); the return slip's four copies are seed 003 §十三's.
      defectCauseNotice: f('QR-035', ['第一联 品质部存', '第二联 责任部门存']),
      responsibilityAssessment: f('QR-036', ['第一联 品质部存', '第二联 责任部门存', '第三联 财务部存']),
      finishedGoodsReturn: f('QR-037', ['第一联 业务部存根', '第二联 成品仓储存', '第三联 会计科存', '第四联 业务部存']),
      receiptConfirmation: f('QR-038', ['第一联 客户存', '第二联 客服部存']),
      // The outbound leg (issue 19.1): the delivery note travels with the goods and comes back signed.
      deliveryNote: f('QR-039', ['第一联 仓储科存', '第二联 客户签收后交回', '第三联 财务部存']),
      outboundLabel: f('QR-040', [], { kind: 'label100x150', orientation: 'portrait' }),
    },
  };
}

/** Fills forms missing from an older `printing` value with their defaults. */
export function normalizePrintSettings(value: unknown): PrintSettings {
  const defaults = defaultPrintSettings();
  if (typeof value !== 'object' || value === null) return defaults;
  const v = value as Partial<PrintSettings>;
  const forms = { ...defaults.forms };
  for (const k of FORM_KINDS) {
    const parsed = formPrintSettingsSchema.safeParse({ ...defaults.forms[k], ...(v.forms?.[k] ?? {}) });
    if (parsed.success) forms[k] = parsed.data;
  }
  return { logoDataUrl: typeof v.logoDataUrl === 'string' && v.logoDataUrl.length <= 300_000 ? v.logoDataUrl : '', forms };
}
