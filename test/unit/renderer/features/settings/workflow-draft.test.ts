import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../../shared/domain/settings';
import { checkWorkflowDraft, issuesToErrors, MB, workflowDraftFrom } from '../../../../../renderer/features/settings/workflowDraft';

const settings = defaultSettings('22222222-2222-4222-8222-222222222222');

describe('workflow settings draft', () => {
  it('shows the defaults in yuan, percent and MB, and an unchanged draft makes an empty patch', () => {
    const draft = workflowDraftFrom(settings);
    expect(draft.authority).toEqual([
      { upTo: '100,000.00', role: 'department_manager' },
      { upTo: '150,000.00', role: 'deputy_gm' },
    ]);
    expect(draft.tolerance).toBe('5');
    expect(draft.attachmentMb).toBe('50');
    expect(checkWorkflowDraft(draft, settings)).toEqual({ errors: {}, patch: {} });
  });

  it('turns edits into a patch in fen, bytes and sorted holidays', () => {
    const draft = workflowDraftFrom(settings);
    draft.authority[1] = { upTo: '￥200000.5', role: 'deputy_gm' };
    draft.tolerance = '2.5';
    draft.attachmentMb = '10';
    draft.holidays = [
      { date: '2027-02-07', kind: 'workday' },
      { date: '2027-02-01', kind: 'holiday' },
    ];
    draft.rmaPattern = 'R{YYYY}-{STATION}-{SEQ:4}';
    const { errors, patch } = checkWorkflowDraft(draft, settings);
    expect(errors).toEqual({});
    expect(patch).toEqual({
      authorityMatrix: { rows: [{ upToFen: 10_000_000, role: 'department_manager' }, { upToFen: 20_000_050, role: 'deputy_gm' }], aboveRole: 'gm' },
      receivingTolerancePercent: 2.5,
      attachmentMaxBytes: 10 * MB,
      holidayOverrides: [
        { date: '2027-02-01', kind: 'holiday' },
        { date: '2027-02-07', kind: 'workday' },
      ],
      rmaNumberPattern: 'R{YYYY}-{STATION}-{SEQ:4}',
    });
  });

  it('puts each problem at its field', () => {
    const draft = workflowDraftFrom(settings);
    draft.authority[1] = { upTo: '90000', role: 'deputy_gm' };
    draft.authority.push({ upTo: 'abc', role: 'gm' });
    draft.tolerance = '120';
    draft.workingHours = [{ start: '08:30', end: '12:00' }, { start: '11:00', end: '17:00' }, { start: '18:00', end: '17:00' }];
    draft.holidays = [{ date: '2027-02-30', kind: 'holiday' }, { date: '2027-03-01', kind: 'holiday' }, { date: '2027-03-01', kind: 'workday' }];
    draft.attachmentMb = '0';
    draft.rmaPattern = 'RMA-{SEQ}';
    expect(checkWorkflowDraft(draft, settings).errors).toEqual({
      'authority.1': 'lc.settings.notAscending',
      'authority.2': 'lc.settings.invalidAmount',
      tolerance: 'lc.settings.percentRange',
      'workingHours.1': 'lc.settings.periodOverlap',
      'workingHours.2': 'lc.settings.periodOrder',
      'holidays.0': 'lc.settings.invalidDate',
      'holidays.2': 'lc.settings.duplicateDate',
      attachmentMb: 'lc.settings.mbRange',
      rmaPattern: 'pattern.missingStation',
    });
  });

  it('maps the host issues (settingsPatchSchema paths) to the fields', () => {
    expect(
      issuesToErrors([
        { path: 'authorityMatrix', message: 'authority limits must ascend' },
        { path: 'authorityMatrix.rows.1.upToFen', message: 'too small' },
        { path: 'workingHours.0', message: 'a working period must end after it starts' },
        { path: 'holidayOverrides.3.date', message: 'Invalid date' },
        { path: 'attachmentMaxBytes', message: 'too big' },
        { path: 'language', message: 'other field' },
      ]),
    ).toEqual({
      authority: 'authority limits must ascend',
      'authority.1': 'too small',
      'workingHours.0': 'a working period must end after it starts',
      'holidays.3': 'Invalid date',
      attachmentMb: 'too big',
    });
  });
});
