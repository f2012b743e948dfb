/**
 * The office's KPI targets (issue 17.3/17.4), drawn as lines on the 统计
 * page's charts and marked in its tables: PPM, complaint rate (%), and the
 * share of cases closed on time (%). null = no target. They replicate as one
 * office field (office-settings.ts).
 */
import { z } from 'zod';

export const kpiTargetsSchema = z.object({
  /** Defective per million shipped, at most (whole number). */
  ppm: z.number().int().min(0).max(1_000_000).nullable(),
  /** Complaints per 100 lots shipped, at most (%, up to two decimals). */
  complaintRatePercent: z.number().min(0).max(100).nullable(),
  /** Cases closed on time, at least (%). */
  closureOnTimePercent: z.number().min(0).max(100).nullable(),
});
export type KpiTargets = z.infer<typeof kpiTargetsSchema>;

export const NO_KPI_TARGETS: KpiTargets = { ppm: null, complaintRatePercent: null, closureOnTimePercent: null };

/** Does a month miss its target? (null target or null value: no.) */
export function missesCeiling(value: number | null, ceiling: number | null): boolean {
  return value !== null && ceiling !== null && value > ceiling;
}

/** Does a figure fall short of its target (closed on time at least …)? (null target or null value: no.) */
export function missesFloor(value: number | null, floor: number | null): boolean {
  return value !== null && floor !== null && value < floor;
}
