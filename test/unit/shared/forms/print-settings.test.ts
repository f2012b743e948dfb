import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../../../shared/domain/settings';
import { defaultPrintSettings, normalizePrintSettings } from '../../../../shared/domain/print-settings';

describe('print settings', () => {
  it('defaults: QR-025 complaint form with three copies, label stock for the return label', () => {
    const d = defaultPrintSettings();
    expect(d.forms.complaint.formNumber).toBe('QR-025');
    expect(d.forms.complaint.copies[0]).toBe('第一联 品质部存');
    expect(d.forms.returnLabel.paper.kind).toBe('label100x150');
  });
  it('an older settings file without `printing`, or with part of it, still loads', () => {
    const { printing: _omit, ...old } = defaultSettings('5b0c1f0e-3c1a-4d7e-9a51-2f7f3e2d9c11');
    const parsed = settingsSchema.parse({ ...old, printing: undefined });
    expect(parsed.printing).toEqual(defaultPrintSettings());
    const partial = normalizePrintSettings({ forms: { complaint: { formNumber: 'QR-099' } } });
    expect(partial.forms.complaint.formNumber).toBe('QR-099');
    expect(partial.forms.complaint.copies).toEqual(defaultPrintSettings().forms.complaint.copies);
    expect(partial.forms.survey).toEqual(defaultPrintSettings().forms.survey);
  });
});
