/** The repeat-complaint window (issue 17.2) as an office setting: default, replication, the workflow draft and its history text. */
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { readOfficeRecord, splitSettingsPatch } from '../../../../../shared/domain/office-settings';
import { defaultSettings, settingsPatchSchema } from '../../../../../shared/domain/settings';
import { checkWorkflowDraft, issuesToErrors, workflowDraftFrom } from '../../../../../renderer/features/settings/workflowDraft';
import { officeChangeText, officeFieldLabel } from '../../../../../renderer/features/settings/officeValueText';

const settings = defaultSettings('33333333-3333-4333-8333-333333333333');
const t = ((key: string, options?: { count?: number }) => (options?.count === undefined ? key : `${key}:${options.count}`)) as unknown as TFunction;

describe('repeat window setting', () => {
  it('defaults to 30 days and is an office field (goes to the office record, not the PC file)', () => {
    expect(settings.repeatWindowDays).toBe(30);
    const { office, pc } = splitSettingsPatch(settings, { repeatWindowDays: 14 });
    expect(office).toEqual({ repeatWindowDays: 14 });
    expect(pc).toEqual({});
  });

  it('a replicated value outside 1–365 or not whole is refused (the PC keeps its own)', () => {
    expect(readOfficeRecord({ repeatWindowDays: 45 })).toEqual({ values: { repeatWindowDays: 45 }, refused: [] });
    for (const bad of [0, 366, 7.5, '30']) expect(readOfficeRecord({ repeatWindowDays: bad }).refused).toEqual(['repeatWindowDays']);
    expect(settingsPatchSchema.safeParse({ repeatWindowDays: 0 }).success).toBe(false);
  });

  it('edited in the workflow draft: a whole number of days 1–365', () => {
    const draft = workflowDraftFrom(settings);
    expect(draft.repeatDays).toBe('30');
    expect(checkWorkflowDraft(draft, settings)).toEqual({ errors: {}, patch: {} });
    expect(checkWorkflowDraft({ ...draft, repeatDays: ' 14 ' }, settings)).toEqual({ errors: {}, patch: { repeatWindowDays: 14 } });
    for (const bad of ['0', '366', '7.5', '', 'abc', '-3']) expect(checkWorkflowDraft({ ...draft, repeatDays: bad }, settings).errors).toEqual({ repeatDays: 'repeats.windowRange' });
    expect(issuesToErrors([{ path: 'repeatWindowDays', message: 'too big' }])).toEqual({ repeatDays: 'too big' });
  });

  it('reads in the office history: first set, before is the built-in 30', () => {
    expect(officeFieldLabel('repeatWindowDays', t)).toBe('office.fields.repeatWindowDays');
    expect(officeChangeText('repeatWindowDays', undefined, 60, t)).toEqual({ before: 'repeats.officeValue:30', after: 'repeats.officeValue:60' });
  });
});
