/** UI text of printing (renderer/features/print). */
import type { printZhCN } from './print.zh-CN';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const printEn: Widen<typeof printZhCN> = {
  print: {
    button: 'Print',
    title: 'Print — {{number}}',
    form: 'Form',
    paper: 'Paper',
    orientation: 'Orientation',
    portrait: 'Portrait',
    landscape: 'Landscape',
    widthMm: 'Width (mm)',
    heightMm: 'Height (mm)',
    copies: 'Copies',
    copyNames: 'Copies: {{names}}',
    printer: 'Printer',
    systemDefault: 'System default / print dialog',
    noPrinters: 'No printers: {{reason}}',
    blankSurvey: 'Blank survey',
    preview: 'Preview',
    previewing: 'Making the preview…',
    previewTitle: 'Print preview',
    printDialog: 'Print…',
    printSilent: 'Print directly',
    savePdf: 'Save PDF',
    close: 'Close',
    printed: 'Sent to the printer',
    saved: 'PDF saved',
    failed: 'Printing failed: {{message}}',
    kinds: {
      complaint: 'Complaint handling form',
      returnLabel: 'Return label',
      inspection: 'Return inspection report',
      survey: 'Satisfaction survey',
      reminder: 'Overdue reminder',
      creditNote: 'Credit note request',
      supplierChargeback: 'Supplier chargeback',
    },
    papers: { a4: 'A4', label100x150: 'Label 100×150 mm', label4x6: 'Label 4×6 in', custom: 'Custom' },
    history: {
      title: 'Print history',
      none: 'Not printed yet',
      row: '{{time}} · {{form}} · {{action}} · {{copies}} × · {{printer}} · {{by}}',
      actions: { print: 'Printed directly', printDialog: 'Print dialog', savePdf: 'Saved as PDF' },
      pdf: 'PDF',
      signed: 'Signed copy received',
      signedBy: 'Marked by {{by}} at {{time}}',
      attachScan: 'Attach scan…',
      scan: 'Scan: {{name}}',
    },
    scan: {
      search: 'Scan / case number',
      notFound: 'No case {{number}}',
    },
  },
};
