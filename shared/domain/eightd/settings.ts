/**
 * Settings of the 8D reports (issue 6): the containment deadline and the
 * Word export defaults. Who approves D8 is a role since issue 16.4 (品质主管,
 * signatures/steps.ts), no longer a list of names: a qualityHeads list in an
 * older settings file or office record is ignored.
 */
import { z } from 'zod';

export const DEFAULT_CONTAINMENT_REPLY_HOURS = 24;

export const eightDSettingsSchema = z.object({
  /** D3: containment replied to the customer within this many clock hours of opening the 8D (seed 002 D3 e: 24 小时). */
  containmentReplyHours: z.number().int().min(1).max(720),
  /** Id of the Word layout chosen last (shared/report/layouts). */
  layout: z.string().min(1).max(40),
  /** Headings in 中文 / English. */
  bilingual: z.boolean(),
  /** Folder the last Word export was saved to (the save dialog opens there), or null. */
  exportFolder: z.string().max(1000).nullable(),
});
export type EightDSettings = z.infer<typeof eightDSettingsSchema>;

export function defaultEightDSettings(): EightDSettings {
  return { containmentReplyHours: DEFAULT_CONTAINMENT_REPLY_HOURS, layout: 'standard', bilingual: false, exportFolder: null };
}
