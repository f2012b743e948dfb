import { describe, expect, it } from 'vitest';
import { actionButtons, forwardMissing } from '../../../../../renderer/features/lifecycle/actionLists';
import { deadlineBadge } from '../../../../../renderer/ui/deadlineView';
import { parsePercent as toPercent, parseRequiredQuantity as toCount } from '../../../../../shared/domain/quantity';
import { lifecycleSteps } from '../../../../../renderer/features/lifecycle/steps';
import { DOCUMENT_PHOTO_MAX_EDGE, keepForDocument, scaledSize, THUMBNAIL_MAX_EDGE } from '../../../../../renderer/ui/attachments/scaledImage';
import { formatBytes } from '../../../../../renderer/ui/formatBytes';
import { newlyOverdue, workbenchBuckets } from '../../../../../renderer/features/workbench/tasks';
import { indexRow } from '../../../../../renderer/state/ledger-filter';
import { makeRow } from '../../state/rows';

describe('lifecycle steps', () => {
  it('path A skips approval and the return steps', () => {
    const v = lifecycleSteps('responsibility', 'A');
    expect(v.path).toBe('A');
    expect(v.steps).not.toContain('approval');
    expect(v.steps[v.activeIndex]).toBe('responsibility');
  });
  it('path B/C and an undecided case show every step', () => {
    expect(lifecycleSteps('receiving', 'C').steps).toHaveLength(14);
    expect(lifecycleSteps('registered', null).path).toBe('unknown');
  });
});

describe('action lists', () => {
  const list = [
    { action: 'start_follow_up', to: 'follow_up', allowed: true, missing: [] },
    { action: 'close', to: 'closed', allowed: false, missing: [{ code: 'openActions', params: { count: 1 } }] },
    { action: 'send_back', to: 'analysis', allowed: true, missing: [] },
  ] as const;
  it('buttons are the allowed actions, send back last', () => {
    expect(actionButtons([...list].reverse() as never).map((a) => a.action)).toEqual(['start_follow_up', 'send_back']);
  });
  it('lists what the not-allowed forward actions miss', () => {
    expect(forwardMissing(list as never).map((m) => m.code)).toEqual(['openActions']);
  });
});

describe('inputs and badges', () => {
  it('parses counts so that the repository reports the right code', () => {
    expect(toCount('')).toBeNaN();
    expect(toCount('-3')).toBe(-3);
    expect(toCount('１２')).toBe(12);
    expect(toCount('2.5')).toBe(2.5);
    expect(toPercent('33.3%')).toBe(33.3);
  });
  it('deadline badges', () => {
    const now = Date.parse('2026-11-23T10:00:00+08:00');
    expect(deadlineBadge({ dueAt: '2026-11-23T09:00:00+08:00', doneAt: null, late: false }, now)).toBe('overdue');
    expect(deadlineBadge({ dueAt: '2026-11-23T09:00:00+08:00', doneAt: '2026-11-23T09:30:00+08:00', late: true }, now)).toBe('late');
  });
  it('thumbnail size and byte formatting', () => {
    expect(scaledSize(4000, 3000, THUMBNAIL_MAX_EDGE)).toEqual({ width: 240, height: 180 });
    expect(scaledSize(100, 50, THUMBNAIL_MAX_EDGE)).toEqual({ width: 100, height: 50 });
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
  });
  it('document photos: small ones kept, large or heavy ones scaled to 1600 px', () => {
    expect(scaledSize(4032, 3024, DOCUMENT_PHOTO_MAX_EDGE)).toEqual({ width: 1600, height: 1200 });
    expect(keepForDocument(1200, 900, 300 * 1024)).toBe(true);
    expect(keepForDocument(4032, 3024, 300 * 1024)).toBe(false);
    expect(keepForDocument(1200, 900, 2 * 1024 * 1024)).toBe(false);
    // a small photo a phone stored sideways is redrawn upright
    expect(keepForDocument(1200, 900, 300 * 1024, 1)).toBe(true);
    expect(keepForDocument(1200, 900, 300 * 1024, 6)).toBe(false);
    expect(keepForDocument(1200, 900, 300 * 1024, 3)).toBe(false);
  });
});

describe('workbench buckets', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  const rows = [
    makeRow(1, { nextDueAt: '2026-11-22T10:00:00Z', departments: ['quality'] }),
    makeRow(2, { nextDueAt: '2026-11-23T11:00:00Z' }),
    makeRow(3, { nextDueAt: '2026-11-20T10:00:00Z', state: 'closed' }),
  ].map(indexRow);
  it('overdue, due today and by department leave closed cases out', () => {
    const b = workbenchBuckets(rows, now);
    expect(b.overdue.map((i) => i.row.id)).toEqual(['id-000001']);
    expect(b.byDepartment.find((d) => d.department === 'quality')).toEqual({ department: 'quality', open: 1, overdue: 1 });
  });
  it("'today' is the factory's day (UTC+8), whatever the PC's time zone", () => {
    // 01:00 on the 24th at the factory (17:00 UTC on the 23rd); a callback due 11:00 the same factory day.
    const night = Date.parse('2026-11-23T17:00:00Z');
    const due = [makeRow(4, { nextDueAt: '2026-11-24T11:00:00+08:00' }), makeRow(5, { nextDueAt: '2026-11-25T09:00:00+08:00' })].map(indexRow);
    expect(workbenchBuckets(due, night).dueToday.map((i) => i.row.id)).toEqual(['id-000004']);
    expect(workbenchBuckets(due, night, 0).dueToday).toEqual([]);
  });
  it('notifies each overdue item once', () => {
    const seen = new Set<string>();
    const b = workbenchBuckets(rows, now);
    expect(newlyOverdue(b.overdue, seen)).toHaveLength(1);
    expect(newlyOverdue(b.overdue, seen)).toHaveLength(0);
  });
});
