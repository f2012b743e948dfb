// Issue 20.6: which closed cases may be archived, by hand-built cases and days.
import { describe, expect, it } from 'vitest';
import { anniversary, retentionPreview, retentionVerdict, yearsKept, type RetentionCandidate } from '../../../../../shared/domain/retention/eligibility';

const closed = (closedAt: string, extra: Partial<RetentionCandidate> = {}): RetentionCandidate => ({
  caseId: `id-${closedAt}`,
  caseNumber: `N-${closedAt}`,
  state: 'closed',
  closedAt,
  hasSupplierRecords: false,
  openActions: 0,
  effectCheckPending: false,
  ...extra,
});

describe('anniversary', () => {
  it('adds whole years; 29 February goes to 1 March in a year without one', () => {
    expect(anniversary('2023-05-10', 3)).toBe('2026-05-10');
    expect(anniversary('2024-02-29', 1)).toBe('2025-03-01');
    expect(anniversary('2024-02-29', 4)).toBe('2028-02-29');
    expect(anniversary('2000-02-29', 100)).toBe('2100-03-01'); // 2100 is not a leap year
  });
});

describe('retentionVerdict', () => {
  // Closed 2023-05-10 16:00 at the factory (08:00 UTC); the closing day is the factory's.
  const c = closed('2023-05-10T08:00:00.000Z');
  it('is eligible from the anniversary of the factory closing day, not a day before', () => {
    expect(retentionVerdict(c, 3, '2026-05-09')).toMatchObject({ eligible: false, reason: 'tooRecent', closedDate: '2023-05-10' });
    expect(retentionVerdict(c, 3, '2026-05-10')).toEqual({ eligible: true, closedDate: '2023-05-10', years: 3 });
  });
  it('takes the closing day in factory time (UTC+8), not UTC', () => {
    // 2023-05-10 23:30 UTC is 2023-05-11 07:30 at the factory.
    expect(retentionVerdict(closed('2023-05-10T23:30:00.000Z'), 1, '2024-05-10')).toMatchObject({ eligible: false, closedDate: '2023-05-11' });
    expect(retentionVerdict(closed('2023-05-10T23:30:00.000Z'), 1, '2024-05-11').eligible).toBe(true);
  });
  it('a leap-day closing waits for 1 March', () => {
    const leap = closed('2024-02-29T02:00:00.000Z');
    expect(retentionVerdict(leap, 1, '2025-02-28').eligible).toBe(false);
    expect(retentionVerdict(leap, 1, '2025-03-01').eligible).toBe(true);
  });
  it('supplier records are kept at least two years whatever the setting', () => {
    const s = closed('2023-05-10T08:00:00.000Z', { hasSupplierRecords: true });
    expect(yearsKept(1, true)).toBe(2);
    expect(yearsKept(3, true)).toBe(3);
    expect(retentionVerdict(s, 1, '2024-05-10')).toMatchObject({ eligible: false, reason: 'supplierFloor', years: 2 });
    expect(retentionVerdict(s, 1, '2025-05-09')).toMatchObject({ eligible: false, reason: 'supplierFloor' });
    expect(retentionVerdict(s, 1, '2025-05-10')).toEqual({ eligible: true, closedDate: '2023-05-10', years: 2 });
    // Without supplier records one year is enough.
    expect(retentionVerdict(c, 1, '2024-05-10').eligible).toBe(true);
  });
  it('only a case closed now counts', () => {
    expect(retentionVerdict(closed('2020-01-01T00:00:00Z', { state: 'analysis' }), 1, '2026-01-01')).toMatchObject({ reason: 'notClosed' });
    expect(retentionVerdict(closed('2020-01-01T00:00:00Z', { closedAt: null }), 1, '2026-01-01')).toMatchObject({ reason: 'noClosingDate' });
    expect(retentionVerdict(closed('2020-01-01T00:00:00Z', { openActions: 1 }), 1, '2026-01-01')).toMatchObject({ reason: 'openActions' });
    expect(retentionVerdict(closed('2020-01-01T00:00:00Z', { effectCheckPending: true }), 1, '2026-01-01')).toMatchObject({ reason: 'effectCheckPending' });
    expect(retentionVerdict(closed('2020-01-01T00:00:00Z', { deleted: true }), 1, '2026-01-01')).toMatchObject({ reason: 'deleted' });
  });
  it('0 years = never archive', () => {
    expect(retentionVerdict(closed('2000-01-01T00:00:00Z'), 0, '2026-01-01')).toMatchObject({ eligible: false, reason: 'archivingOff' });
  });
});

describe('retentionPreview', () => {
  it('counts eligible cases by closing year, supplier cases held back and open ones held', () => {
    const cases = [
      closed('2021-03-01T04:00:00Z', { caseNumber: '2103-A-002' }),
      closed('2021-07-01T04:00:00Z', { caseNumber: '2103-A-001' }),
      closed('2022-06-01T04:00:00Z', { caseNumber: '2206-A-001' }),
      closed('2024-06-01T04:00:00Z', { caseNumber: '2406-A-001', hasSupplierRecords: true }), // 1-year setting, floor 2: held
      closed('2024-06-01T04:00:00Z', { caseNumber: '2406-A-002', openActions: 2 }),
      closed('2025-06-01T04:00:00Z', { caseNumber: '2506-A-001' }), // too recent
      closed('2020-06-01T04:00:00Z', { caseNumber: '2006-A-001', state: 'registered' }),
    ];
    const p = retentionPreview(cases, 1, '2026-01-15');
    expect(p.eligible.map((c) => c.caseNumber)).toEqual(['2103-A-001', '2103-A-002', '2206-A-001']);
    expect(p.byClosingYear).toEqual([
      { year: '2021', count: 2 },
      { year: '2022', count: 1 },
    ]);
    expect(p.heldBySupplierFloor).toBe(1);
    expect(p.heldOpen).toBe(1);
  });
});
