/**
 * Scan slots of a case: attachments that belong to a field of the case
 * rather than to a record — the customer's return proof (销货退回证明单 /
 * 退货凭证) and the evidence of the effect check (效果确认) — one slot per
 * round, since each round has its own return and its own check. A slot's
 * owner id is derived from the case, the slot and the round, so every PC
 * names it alike without a record to create.
 */
export const ATTACHMENT_SLOTS = ['returnProof', 'effectCheck'] as const;
export type AttachmentSlot = (typeof ATTACHMENT_SLOTS)[number];

export function slotOwnerId(caseId: string, slot: AttachmentSlot, round: number): string {
  return `${caseId}/${slot}/${round}`;
}

/** The slot `ownerId` names on the case (any round from 1 on), or null. */
export function slotOf(caseId: string, ownerId: string): AttachmentSlot | null {
  if (!ownerId.startsWith(`${caseId}/`)) return null;
  const [slot, round, ...rest] = ownerId.slice(caseId.length + 1).split('/');
  const known = ATTACHMENT_SLOTS.find((s) => s === slot);
  return known && rest.length === 0 && /^[1-9]\d{0,3}$/.test(round ?? '') ? known : null;
}

export const isSlotOwnerOf = (caseId: string, ownerId: string): boolean => slotOf(caseId, ownerId) !== null;

/** Whether the slot takes and gives up files on a closed case: the effect check is done after closing; the rest is locked with the case. */
export const slotOpenWhenClosed = (caseId: string, ownerId: string): boolean => slotOf(caseId, ownerId) === 'effectCheck';
