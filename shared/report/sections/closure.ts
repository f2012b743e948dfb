/** D8: approval by the head of quality, team recognition, closure, and the signature boxes. */
import type { ReportContext } from '../context';
import { heading, spacer, type Block } from '../kit';
import { approvalFields, closureTexts } from '../rows';
import { signatureTable } from '../signatures';
import { fieldTable } from './fields';

export function closureSection(ctx: ReportContext): Block[] {
  return [heading(ctx.t.discipline('D8')), fieldTable(ctx, approvalFields(ctx), closureTexts(ctx)), spacer(240), signatureTable(ctx)];
}
