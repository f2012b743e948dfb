import type { ClerkRole } from '../../../../../../shared/domain/clerks/roles';
import type { Signer } from '../../../../../../shared/domain/signatures/signature';
import type { CommandContext, CaseWrite, Performed } from '../../../../../../shared/domain/lifecycle/commands/command';
import { DEFAULT_LIFECYCLE_RULES } from '../../../../../../shared/domain/lifecycle/machine';
import type { CaseLifecycleView } from '../../../../../../shared/domain/lifecycle/states';
import type { CostRecord, DispositionRecord, ResponsibilityShare, ReturnLine, SupplierClaim } from '../../../../../../shared/domain/lifecycle/records';

export const AT = '2026-11-24T02:00:00.000Z';

/** A command context over `view` with numbered ids id1, id2 … */
export function contextOf(view: CaseLifecycleView, over: Partial<CommandContext> = {}): CommandContext {
  let n = 0;
  return {
    view,
    caseFacts: { id: 'c1', receivedAt: '2026-11-23T09:00:00+08:00', quantityDelivered: 100 },
    rules: DEFAULT_LIFECYCLE_RULES,
    user: '张三',
    at: AT,
    newId: () => `id${++n}`,
    ...over,
  };
}

/** The writes of a performed command (fails the test on a refusal). */
export function writesOf<R>(performed: Performed<R>): CaseWrite[] {
  if (!performed.ok) throw new Error(`refused: ${JSON.stringify(performed.refusal)}`);
  return performed.writes;
}

/** Entity and kind (new / changed) of each write, in order. */
export const shapeOf = (performed: Performed<unknown>) =>
  writesOf(performed).map((w) => (w.entity === 'caseLifecycle' ? `caseLifecycle:${Object.keys(w.patch).join(',')}` : `${w.entity}:${w.before === null ? 'new' : 'changed'}`));

export function line(over: Partial<ReturnLine> = {}): ReturnLine {
  return {
    id: 'l1', caseId: 'c1', round: 1, productModel: 'KX-200', partNumber: '', lotNumber: '', quantityApproved: 10, reason: '',
    quantityReceived: null, receivedBy: '', receivedAt: null, storageLocation: '', receivingNote: '',
    inspectionResult: null, quantityDefective: null, defectNotes: '', inspectedBy: '', inspectedAt: null, photoIds: [], deleted: false, ...over,
  };
}

export function disposition(over: Partial<DispositionRecord> = {}): DispositionRecord {
  return { id: 'd1', caseId: 'c1', round: 1, lineId: 'l1', kind: 'scrap', quantity: 5, repairOrderNumber: '', charged: false, note: '', deleted: false, ...over };
}

export function share(over: Partial<ResponsibilityShare> = {}): ResponsibilityShare {
  return { id: 's1', caseId: 'c1', round: 1, department: 'production', percent: 60, supplierName: '', note: '', deleted: false, ...over };
}

export function cost(over: Partial<CostRecord> = {}): CostRecord {
  return { id: 'k1', caseId: 'c1', round: 1, kind: 'loss', amountFen: 100_000, department: null, note: '', deleted: false, ...over };
}

export function claim(over: Partial<SupplierClaim> = {}): SupplierClaim {
  return { id: 'sc1', caseId: 'c1', round: 1, shareId: 's2', supplierName: '东莞某电子', amountFen: 40_000, status: 'draft', note: '', deleted: false, ...over };
}

/** A signed-in clerk who signs a write (CommandContext.signer), holding `roles`. */
export function signerWith(roles: ClerkRole[], over: Partial<Signer> = {}): Signer {
  return { id: 'k1', name: '张三', active: true, hasPassword: true, roles, ...over };
}
