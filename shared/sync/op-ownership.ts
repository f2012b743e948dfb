/**
 * Who may publish an op: only the PC whose device id it carries. A PC pushes
 * its own outbox under its own folder of the share (log/<deviceId>/…), so an
 * op with another device id in a push, or in another PC's folder, is forged
 * or misplaced: it would put words in another PC's mouth (its history, its
 * conflicts, its clock). Pure rules; the sync service and the transport
 * apply them.
 */
import { compareHlc, isHlcText, parseHlc } from './hlc';
import type { WireOp } from './codec';

/** Why a push is refused as a whole ([] = it may go out). */
export function pushOwnershipProblems(ops: readonly Pick<WireOp, 'id' | 'deviceId' | 'hlc'>[], deviceId: string, lastHlc: string | null): string[] {
  const problems: string[] = [];
  const foreign = ops.filter((op) => op.deviceId !== deviceId);
  if (foreign.length > 0) {
    const owners = [...new Set(foreign.map((op) => op.deviceId))].slice(0, 3).join(', ');
    problems.push(`${foreign.length} of ${ops.length} changes carry another PC's device id (${owners}); a PC publishes only its own changes`);
  }
  if (lastHlc !== null) {
    if (!isHlcText(lastHlc)) problems.push('lastHlc is not a clock reading');
    else {
      // This PC's clock has moved past everything it wrote: a lastHlc behind its own ops is made up.
      const last = parseHlc(lastHlc);
      const ahead = ops.filter((op) => isHlcText(op.hlc) && compareHlc(parseHlc(op.hlc), last) > 0);
      if (ahead.length > 0) problems.push(`lastHlc ${lastHlc} is behind ${ahead.length} of the changes pushed with it`);
    }
  }
  return problems;
}

/** Splits a segment's ops into those of the folder's device and the ones that claim another. */
export function splitByOwner<T extends Pick<WireOp, 'deviceId'>>(ops: readonly T[], folderDeviceId: string): { own: T[]; foreign: T[] } {
  const own: T[] = [];
  const foreign: T[] = [];
  for (const op of ops) (op.deviceId === folderDeviceId ? own : foreign).push(op);
  return { own, foreign };
}
