/** View models of the outbound leg's paper (issue 19.1): the 送货单 and the box label of goods going back to the customer. */

/** One line of a 送货单: what one shipment sent. */
export interface DeliveryNoteLine {
  productModel: string;
  partNumber: string;
  lotNumber: string;
  /** 返修品 / 换货（新品）. */
  kind: string;
  quantity: string;
  /** The repair orders (返修单) of the line, for repaired goods. */
  repairOrders: string;
  note: string;
}

/** One 送货单: the shipments of one day under one carrier and note number. */
export interface DeliveryNote {
  /** The ERP's 送货单 number, else the case number with the shipment date. */
  number: string;
  shippedOn: string;
  carrier: string;
  trackingNumbers: string;
  /** 先换后退 when goods went before the return arrived. */
  advance: boolean;
  lines: DeliveryNoteLine[];
}

export interface DeliveryNoteData {
  caseNumber: string;
  rmaNumber: string;
  customerName: string;
  contactPerson: string;
  contact: string;
  orderNumber: string;
  /** One per note, oldest first; empty prints one blank note. */
  notes: DeliveryNote[];
}

/** One box label per shipment. */
export interface OutboundLabel {
  caseNumber: string;
  rmaNumber: string;
  customerName: string;
  productModel: string;
  kind: string;
  quantity: string;
  deliveryNoteNumber: string;
  carrier: string;
  trackingNumber: string;
  date: string;
}

export interface OutboundLabelData {
  /** Empty prints one label with the case's numbers only. */
  labels: OutboundLabel[];
}
