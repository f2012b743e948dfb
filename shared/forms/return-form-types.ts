/**
 * The view models of the procedures' return paperwork (issue 19.9 / 19.3):
 * 不良原因通知书, 客户退货责任鉴定报告, 成品退货单 and 收货数量确认单. Plain
 * printed text, decided by return-forms-map.ts; '' prints an empty box to be
 * filled in by hand.
 */

/** One responsible department and its share (责任判定). */
export interface ResponsibleDepartment {
  /** 生产/分厂, 品质, 技术, 采购/供应商 … */
  department: string;
  /** e.g. 60%; '' when not decided yet. */
  percent: string;
  /** The supplier at fault (purchasing), '' otherwise. */
  supplierName: string;
  /** Why this department (the share's note). */
  note: string;
}

/** 不良原因通知书 (seed 002 §4.1.5): QE tells the responsible departments what went wrong and asks for cause and countermeasures by a date. */
export interface DefectCauseNoticeData {
  caseNumber: string;
  customerName: string;
  productModel: string;
  partNumber: string;
  orderNumber: string;
  lotNumber: string;
  receivedAt: string;
  foundAt: string;
  quantityDelivered: string;
  quantityInspected: string;
  quantityDefective: string;
  defectRate: string;
  severity: string;
  defectDescription: string;
  /** QE's preliminary analysis (原因分析 of the case). */
  analysis: string;
  /** Departments the notice goes to, 、-joined. */
  toDepartment: string;
  departments: ResponsibleDepartment[];
  /** Answer due (the department-answer deadline), factory-local yyyy-mm-dd HH:MM; '' = written by hand. */
  replyBy: string;
  issuedBy: string;
  issuedAt: string;
}

/** One returned line as the responsibility assessment and the return slip print it. */
export interface ReturnFormLine {
  productModel: string;
  partNumber: string;
  lotNumber: string;
  quantityApproved: string;
  quantityReceived: string;
  quantityDefective: string;
  /** 合格 / 不合格 / 部分不合格, '' before inspection. */
  result: string;
  /** The line's return reason and the defects found. */
  notes: string;
  /** 返修 8、报废 2 … */
  disposition: string;
  /** Where the warehouse stored it (库位). */
  storageLocation: string;
}

/** 客户退货责任鉴定报告 (seed 000 五(一), 003): what came back, what inspection found, who is responsible by how much, and why. */
export interface ResponsibilityAssessmentData {
  caseNumber: string;
  rmaNumber: string;
  customerName: string;
  productModel: string;
  orderNumber: string;
  lotNumber: string;
  receivedDate: string;
  inspectedDate: string;
  inspector: string;
  lines: ReturnFormLine[];
  departments: ResponsibleDepartment[];
  /** Sum of the shares, e.g. 100%; '' without shares. */
  totalPercent: string;
  /** The reasoning (the case's analysis). */
  reasoning: string;
}

/** 成品退货单 (seed 003 §十三): the return slip in four copies — sales' stub, warehouse, accounting, sales' proof. */
export interface FinishedGoodsReturnData {
  caseNumber: string;
  rmaNumber: string;
  customerName: string;
  orderNumber: string;
  carrier: string;
  trackingNumber: string;
  /** Date the goods were received ('' until counted). */
  receivedDate: string;
  receivedBy: string;
  lines: ReturnFormLine[];
  totalApproved: string;
  totalReceived: string;
  reason: string;
  /** 退回依据: the complaint form and its approval. */
  basis: string;
}

/** One line of the 收货数量确认单. */
export interface ReceiptLine {
  productModel: string;
  partNumber: string;
  lotNumber: string;
  quantityApproved: string;
  quantityReceived: string;
  /** +3 / −2 / 0; '' until counted. */
  difference: string;
  /** The received quantity the tolerance allows, e.g. 95 – 105. */
  allowedRange: string;
  /** 允收范围内 / 超出允收 / 短少超出允收; '' until counted. */
  verdict: string;
}

/** 收货数量确认单 (issue 19.3, seed 003 §十三): the customer confirms the quantity received against the approved one, within its 超量允收比率. */
export interface ReceiptConfirmationData {
  caseNumber: string;
  rmaNumber: string;
  customerName: string;
  contactPerson: string;
  orderNumber: string;
  receivedDate: string;
  receivedBy: string;
  /** 超量允收比率 as printed, e.g. 超收 +3% / 短收 −2%（客户约定）. */
  tolerance: string;
  lines: ReceiptLine[];
}
