import type { CaseLifecycle } from '../../../../../shared/domain/lifecycle/records';
import type { CaseLifecycleView } from '../../../../../shared/domain/lifecycle/states';

export function lifecycle(over: Partial<CaseLifecycle> = {}): CaseLifecycle {
  return {
    id: 'c1', caseId: 'c1', state: 'registered', round: 1,
    triage: 'production_quality', severity: 'serious', severityCriteria: [], category: 'product_quality',
    customerDeadlineAt: null, analysisSummary: '', decision: null, decisionAmountFen: null, decisionNote: '',
    rmaNumber: null, returnCarrier: '', returnTrackingNumber: '', returnPickupDate: null,
    callbackAt: null, containmentAt: null, eightDStarted: false, createdAt: '2026-11-23T09:00:00+08:00', createdBy: '张三',
    ...over,
  };
}

export function view(over: Partial<CaseLifecycle> = {}, lists: Partial<Omit<CaseLifecycleView, 'lifecycle'>> = {}): CaseLifecycleView {
  return {
    lifecycle: lifecycle(over), transitions: [], approvals: [], returnLines: [], dispositions: [], repairOrders: [], shipments: [], shares: [],
    supplierClaims: [], costs: [], actions: [], replies: [], surveys: [], signatures: [], ...lists,
  };
}
