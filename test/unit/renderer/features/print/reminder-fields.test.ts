import { describe, expect, it } from 'vitest';
import { replyByError } from '../../../../../renderer/features/print/ReminderFields';

describe('催办单 reply-by', () => {
  const now = Date.parse('2026-11-23T10:00:00+08:00');
  it('empty means the default (one working day) and is fine', () => {
    expect(replyByError('', now)).toBeNull();
  });
  it('refuses a time before now and anything that is not a date and time', () => {
    expect(replyByError('2020-01-15T16:30', now)).toBe('past');
    expect(replyByError('2099-01-15T16:30', now)).toBeNull();
    expect(replyByError('2026-13-45T99:99', now)).toBe('invalid');
    expect(replyByError('tomorrow', now)).toBe('invalid');
  });
});
