/**
 * Shipped quantities (issue 17.3 客诉率 and PPM): what the factory shipped in
 * one factory month to one customer of one model — pieces and lots. They
 * replicate as office data (entity 'shipment') with their history. One
 * record per (month, customer, model): its id is made from that key, so two
 * PCs entering the same month's figure offline edit ONE record (a visible
 * conflict when they differ), never two that would count twice. A model of
 * '' is "all models" of the customer.
 */
import { hasErrors, isText, type FieldErrors } from '../field-checks';
import { nameKey } from '../master-data/normalize';

export interface Shipment {
  id: string;
  /** Factory month, yyyy-mm. */
  month: string;
  /** Master-data customer entry id ('' = typed name). */
  customerId: string;
  customerName: string;
  /** Master-data model entry id ('' = typed or all models). */
  productModelId: string;
  /** '' = all models of the customer. */
  productModel: string;
  /** Pieces shipped (integer ≥ 0). */
  quantityShipped: number;
  /** Lots shipped (integer ≥ 0; the complaint rate's denominator). */
  lotsShipped: number;
  deleted: boolean;
}

export type ShipmentInput = Omit<Shipment, 'id' | 'deleted'>;

export const SHIPMENT_MAX_QUANTITY = 1_000_000_000;
export const SHIPMENT_NAME_LIMIT = 100;

const MONTH = /^(20\d\d)-(0[1-9]|1[0-2])$/;

export function isShipmentMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** The key a shipment figure is one record per: month, customer (entry, else name), model (entry, else name). */
export function shipmentId(input: Pick<ShipmentInput, 'month' | 'customerId' | 'customerName' | 'productModelId' | 'productModel'>): string {
  const customer = input.customerId ? `e:${input.customerId}` : `n:${nameKey(input.customerName)}`;
  const model = input.productModelId ? `e:${input.productModelId}` : `n:${nameKey(input.productModel)}`;
  return `shipment|${input.month}|${customer}|${model}`;
}

const count = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= SHIPMENT_MAX_QUANTITY;

/** Field errors of a shipment figure: month 'invalid'; customerName 'required' | 'tooLong'; productModel 'tooLong'; quantities 'invalid'; lotsShipped 'moreThanQuantity'. */
export function validateShipment(input: ShipmentInput): FieldErrors {
  const e: FieldErrors = {};
  if (!isShipmentMonth(input.month)) e.month = 'invalid';
  if (!isText(input.customerName) || !input.customerName.trim()) e.customerName = 'required';
  else if (input.customerName.trim().length > SHIPMENT_NAME_LIMIT) e.customerName = 'tooLong';
  if (!isText(input.productModel)) e.productModel = 'invalid';
  else if (input.productModel.trim().length > SHIPMENT_NAME_LIMIT) e.productModel = 'tooLong';
  if (!count(input.quantityShipped)) e.quantityShipped = 'invalid';
  if (!count(input.lotsShipped)) e.lotsShipped = 'invalid';
  else if (count(input.quantityShipped) && input.lotsShipped > input.quantityShipped) e.lotsShipped = 'moreThanQuantity';
  return e;
}

/** A stored or replicated figure as this app reads it, or null when it is not one (skipped, never counted). */
export function readShipment(value: unknown): Shipment | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Shipment>;
  const input: ShipmentInput = {
    month: v.month as string,
    customerId: typeof v.customerId === 'string' ? v.customerId : '',
    customerName: v.customerName as string,
    productModelId: typeof v.productModelId === 'string' ? v.productModelId : '',
    productModel: typeof v.productModel === 'string' ? v.productModel : '',
    quantityShipped: v.quantityShipped as number,
    lotsShipped: v.lotsShipped as number,
  };
  if (typeof v.id !== 'string' || hasErrors(validateShipment(input))) return null;
  return { id: v.id, ...input, deleted: v.deleted === true };
}
