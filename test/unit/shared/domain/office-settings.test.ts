/** What is the office's and what is the PC's: overlay, patch split, the once-only migration values and the checks of replicated values. */
import { describe, expect, it } from 'vitest';
import { changedOfficeValues, migrationValues, officeValuesOf, readOfficeRecord, splitSettingsPatch, withOfficeValues } from '../../../../shared/domain/office-settings';
import { defaultSettings } from '../../../../shared/domain/settings';

const DEVICE = '11111111-1111-4111-8111-111111111111';

describe('office settings', () => {
  it('overlays office values on the PC settings and leaves the PC part (printer, paper, 8D layout) alone', () => {
    const pc = defaultSettings(DEVICE);
    pc.printing.forms.complaint.printer = 'HP 品质部';
    pc.eightD.layout = 'compact';
    const office = officeValuesOf(defaultSettings(DEVICE));
    office.formHeaders.complaint.formNumber = 'QR-099';
    office.eightDRules.containmentReplyHours = 6;
    office.authorityMatrix = { rows: [{ upToFen: 1_000_000, role: 'department_manager' }], aboveRole: 'gm' };
    const merged = withOfficeValues(pc, office);
    expect(merged.printing.forms.complaint).toMatchObject({ formNumber: 'QR-099', printer: 'HP 品质部' });
    expect(merged.eightD).toMatchObject({ containmentReplyHours: 6, layout: 'compact' });
    expect(merged.authorityMatrix.aboveRole).toBe('gm');
    expect(merged.stationCode).toBe(pc.stationCode);
  });

  it('splits a patch: office fields to the office record, only what changed; printers and station to the PC', () => {
    const current = defaultSettings(DEVICE);
    const printing = structuredClone(current.printing);
    printing.forms.inspection.printer = 'Zebra';
    printing.forms.inspection.revision = 'B/1';
    const { office, pc } = splitSettingsPatch(current, { printing, stationCode: 'B', receivingTolerancePercent: 3, companyName: current.companyName });
    expect(Object.keys(office).sort()).toEqual(['formHeaders', 'receivingTolerancePercent']);
    expect(office.formHeaders?.inspection.revision).toBe('B/1');
    expect(pc).toEqual({ printing, stationCode: 'B' });
  });

  it('reads form headers written before the office reports existed: the case forms take them, the reports keep theirs', () => {
    const older = officeValuesOf(defaultSettings(DEVICE)).formHeaders as Record<string, unknown>;
    delete older.monthlyReport;
    delete older.qualityHistory;
    (older.complaint as { formNumber: string }).formNumber = 'QR-099';
    const reading = readOfficeRecord({ formHeaders: older });
    expect(reading.refused).toEqual([]);
    const merged = withOfficeValues(defaultSettings(DEVICE), reading.values);
    expect(merged.printing.forms.complaint.formNumber).toBe('QR-099');
    expect(merged.printing.forms.monthlyReport).toMatchObject({ formNumber: 'QR-033', paper: { kind: 'a4', orientation: 'landscape' } });
  });

  it('reads deadline rules written before the responsibility rule existed (issue 19.4): they apply, the rule takes its defaults', () => {
    const older: Record<string, unknown> = { ...defaultSettings(DEVICE).deadlineRules, closureDaysDomestic: 10 };
    delete older.responsibilityWorkingDays;
    delete older.responsibilityReminderWorkingDays;
    const reading = readOfficeRecord({ deadlineRules: older });
    expect(reading.refused).toEqual([]);
    expect(reading.values.deadlineRules).toMatchObject({ closureDaysDomestic: 10, responsibilityWorkingDays: 5, responsibilityReminderWorkingDays: 1 });
  });

  it('reads form headers written before the return paperwork existed (issue 19): the older forms take them, the new ones keep their defaults', () => {
    const older = officeValuesOf(defaultSettings(DEVICE)).formHeaders as Record<string, unknown>;
    for (const kind of ['defectCauseNotice', 'responsibilityAssessment', 'finishedGoodsReturn', 'receiptConfirmation']) delete older[kind];
    (older.inspection as { revision: string }).revision = 'B/2';
    const reading = readOfficeRecord({ formHeaders: older });
    expect(reading.refused).toEqual([]);
    const merged = withOfficeValues(defaultSettings(DEVICE), reading.values);
    expect(merged.printing.forms.inspection.revision).toBe('B/2');
    expect(merged.printing.forms.finishedGoodsReturn).toMatchObject({ formNumber: 'QR-037', copies: ['第一联 业务部存根', '第二联 成品仓储存', '第三联 会计科存', '第四联 业务部存'] });
    expect(merged.printing.forms.receiptConfirmation.formNumber).toBe('QR-038');
    // The forms that were there from the start stay required.
    delete older.complaint;
    expect(readOfficeRecord({ formHeaders: older }).refused).toEqual(['formHeaders']);
  });

  it('migrates only the values a PC set itself, never the defaults', () => {
    const defaults = defaultSettings(DEVICE);
    expect(migrationValues(defaults, defaults)).toEqual({});
    const own = defaultSettings(DEVICE);
    own.companyName = '宁波某电器有限公司';
    own.holidayOverrides = [{ date: '2027-02-01', kind: 'holiday' }];
    own.printing.forms.survey.printer = 'HP'; // the PC's, not migrated
    expect(migrationValues(own, defaults)).toEqual({ companyName: '宁波某电器有限公司', holidayOverrides: [{ date: '2027-02-01', kind: 'holiday' }] });
  });

  it('refuses a replicated value that fails its rule and keeps the valid ones', () => {
    const reading = readOfficeRecord({ id: 'office', receivingTolerancePercent: 250, companyName: '某公司', authorityMatrix: { rows: [{ upToFen: 5, role: 'gm' }, { upToFen: 1, role: 'gm' }], aboveRole: 'gm' }, unknownNewerField: 1 });
    expect(reading.values).toEqual({ companyName: '某公司' });
    expect(reading.refused.sort()).toEqual(['authorityMatrix', 'receivingTolerancePercent']);
  });

  it('reads the 8D rules an older app replicated with its list of quality heads: the deadline kept, the names ignored (D8 is the 品质主管 role now)', () => {
    expect(readOfficeRecord({ id: 'office', eightDRules: { qualityHeads: ['李主管'], containmentReplyHours: 12 } })).toEqual({ values: { eightDRules: { containmentReplyHours: 12 } }, refused: [] });
  });

  it('replicates the survey form: the office wording and threshold overlay the PC, a damaged one is refused', () => {
    const office = officeValuesOf(defaultSettings(DEVICE));
    office.surveyForm = { ...office.surveyForm, items: { ...office.surveyForm.items, q2: { zh: '您对产品质量的总体评价？' } }, satisfiedThreshold: 70 };
    const reading = readOfficeRecord({ id: 'office', surveyForm: office.surveyForm });
    expect(reading).toEqual({ values: { surveyForm: office.surveyForm }, refused: [] });
    const merged = withOfficeValues(defaultSettings(DEVICE), reading.values);
    expect(merged.surveyForm.satisfiedThreshold).toBe(70);
    expect(merged.surveyForm.items.q2).toEqual({ zh: '您对产品质量的总体评价？' });
    expect(readOfficeRecord({ id: 'office', surveyForm: { ...office.surveyForm, satisfiedThreshold: 75 } })).toEqual({ values: {}, refused: ['surveyForm'] });
    expect(readOfficeRecord({ id: 'office', surveyForm: { ...office.surveyForm, items: { ...office.surveyForm.items, q1: { zh: '' } } } }).refused).toEqual(['surveyForm']);
  });

  it('sends a survey form edit to the office record, never to the PC file, and migrates only an own one', () => {
    const current = defaultSettings(DEVICE);
    const surveyForm = { ...current.surveyForm, satisfiedThreshold: 90 };
    expect(splitSettingsPatch(current, { surveyForm })).toEqual({ office: { surveyForm }, pc: {} });
    expect(migrationValues({ ...current, surveyForm }, defaultSettings(DEVICE))).toEqual({ surveyForm });
  });

  it('KPI targets are an office value: read when valid, refused when not', () => {
    expect(readOfficeRecord({ id: 'office', kpiTargets: { ppm: 100, complaintRatePercent: 0.5, closureOnTimePercent: 95 } }).values).toEqual({ kpiTargets: { ppm: 100, complaintRatePercent: 0.5, closureOnTimePercent: 95 } });
    expect(readOfficeRecord({ id: 'office', kpiTargets: { ppm: -1, complaintRatePercent: null, closureOnTimePercent: null } }).refused).toEqual(['kpiTargets']);
  });

  it('finds no change between equal settings', () => {
    expect(changedOfficeValues(defaultSettings(DEVICE), defaultSettings(DEVICE))).toEqual({});
  });
});
