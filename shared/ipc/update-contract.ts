/**
 * Updates from the shared folder (issue 20.1): what main tells the renderer
 * about this PC's update (`update:status`, and the same value pushed as the
 * `update:status-changed` event while it changes) and the clerk's 立即更新
 * (`update:install-now`). Kept apart from contract.ts like sync-contract.ts.
 */
import { z } from 'zod';

export const UPDATE_STATES = ['unsupported', 'idle', 'checking', 'downloading', 'ready', 'error'] as const;

export const updateStatusSchema = z.object({
  state: z.enum(UPDATE_STATES),
  /** The version being fetched or ready to install. */
  version: z.string().nullable(),
  /** Bytes copied so far and in all (downloading). */
  transferred: z.number().min(0),
  total: z.number().min(0),
  /** Why the last check or download failed (error), in English for the log; the renderer shows a translated line. */
  message: z.string().nullable(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const UNSUPPORTED_UPDATE_STATUS: UpdateStatus = { state: 'unsupported', version: null, transferred: 0, total: 0, message: null };

export const updateInstallNowResult = z.null();
