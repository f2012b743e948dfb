import { describe, expect, it } from 'vitest';
import { kpiTargetsSchema, missesCeiling, missesFloor } from '../../../../../shared/domain/statistics/targets';

describe('KPI targets', () => {
  it('a ceiling is missed above it, a floor below it; no target or no figure is never missed', () => {
    expect([missesCeiling(120, 100), missesCeiling(100, 100), missesCeiling(null, 100), missesCeiling(120, null)]).toEqual([true, false, false, false]);
    expect([missesFloor(89.9, 90), missesFloor(90, 90), missesFloor(null, 90), missesFloor(10, null)]).toEqual([true, false, false, false]);
  });

  it('accepts none or sensible targets only', () => {
    expect(kpiTargetsSchema.safeParse({ ppm: null, complaintRatePercent: null, closureOnTimePercent: null }).success).toBe(true);
    expect(kpiTargetsSchema.safeParse({ ppm: 1.5, complaintRatePercent: null, closureOnTimePercent: null }).success).toBe(false);
    expect(kpiTargetsSchema.safeParse({ ppm: 100, complaintRatePercent: 101, closureOnTimePercent: null }).success).toBe(false);
  });
});
