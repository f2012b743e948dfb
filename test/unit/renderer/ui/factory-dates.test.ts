// Form dates are the factory's clock on a PC whose zone is UTC (8 hours behind the factory).
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isoToLocalInput, localInputToIso, nowIso } from '../../../../renderer/ui/dates';
import { sessionStore } from '../../../../renderer/state/session-store';

describe('datetime-local inputs and shown dates on a PC in UTC', () => {
  it('the PC really is in UTC', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });

  it('show and accept factory time', () => {
    expect(isoToLocalInput('2026-11-30T17:30:00Z')).toBe('2026-12-01T01:30');
    expect(localInputToIso('2026-12-01T01:30')).toBe('2026-12-01T01:30:00+08:00');
    expect(localInputToIso(isoToLocalInput('2026-12-01T01:30:00+08:00'))).toBe('2026-12-01T01:30:00+08:00');
    expect(localInputToIso('2026-02-30T10:00')).toBe('2026-02-30T10:00');
    expect(isoToLocalInput('')).toBe('');
  });

  it('show dates and times on the factory clock', () => {
    expect(formatDateTime('2026-11-30T17:30:00Z')).toBe('2026-12-01 01:30');
    expect(formatDate(Date.parse('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it("a new form's time is the session clock's minute in the factory zone", () => {
    sessionStore.setState({ now: () => Date.parse('2026-11-30T17:30:42.5Z') });
    expect(nowIso()).toBe('2026-12-01T01:30:00+08:00');
  });
});
