/**
 * What a customer's master entry changes in the work on its cases (issue
 * 16.2): its own receiving tolerance (over / under, in percent) and the 8D
 * Word layout it wants. Pure. The entry comes from storage and may have
 * arrived from another PC (a share), so it is read defensively: a missing,
 * malformed or out-of-range value falls back to the office / PC default and
 * never throws. An inactive entry still counts — it was the case's customer.
 */

/** The receiving tolerance that applies to a case: over = received more than approved, under = less. */
export interface ReceivingTolerance {
  overPercent: number;
  underPercent: number;
  /** 'customer' when at least one of the two limits is the customer's own; 'office' when both are the office's. */
  source: 'office' | 'customer';
  /** The customer's name when source is 'customer' ('' otherwise). */
  customerName: string;
}

const isPercent = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entry when it is a (stored, possibly inactive) customer entry; else null. */
function customerOf(entry: unknown): Record<string, unknown> | null {
  return isRecord(entry) && entry.kind === 'customer' ? entry : null;
}

/** The office's tolerance alone (both limits the same). */
export function officeTolerance(officePercent: number): ReceivingTolerance {
  return { overPercent: officePercent, underPercent: officePercent, source: 'office', customerName: '' };
}

/**
 * The receiving tolerance of a case: the customer's own over / under percent
 * where its entry has a valid one (a number 0–100), else the office's
 * `receivingTolerancePercent`. `customerEntry`: the case customer's master
 * entry as stored (anything: undefined when there is none).
 */
export function receivingToleranceOf(officePercent: number, customerEntry: unknown): ReceivingTolerance {
  const customer = customerOf(customerEntry);
  if (!customer) return officeTolerance(officePercent);
  const over = isPercent(customer.toleranceOverPercent) ? customer.toleranceOverPercent : null;
  const under = isPercent(customer.toleranceUnderPercent) ? customer.toleranceUnderPercent : null;
  if (over === null && under === null) return officeTolerance(officePercent);
  return {
    overPercent: over ?? officePercent,
    underPercent: under ?? officePercent,
    source: 'customer',
    customerName: typeof customer.name === 'string' ? customer.name : '',
  };
}

/** The 8D layout to preselect for a case, and whose it is. */
export interface EightDLayoutChoice {
  layout: string;
  source: 'customer' | 'pc';
  /** The customer's name when source is 'customer' ('' otherwise). */
  customerName: string;
}

/**
 * The 8D Word layout to preselect: the customer's `eightDLayout` when it
 * names one of `knownLayouts`, else the PC's last used one (`pcLayout`) when
 * known, else the first known layout. An unknown customer layout falls back
 * silently.
 */
export function eightDLayoutFor(customerEntry: unknown, pcLayout: string, knownLayouts: readonly string[]): EightDLayoutChoice {
  const customer = customerOf(customerEntry);
  const wanted = customer?.eightDLayout;
  if (customer && typeof wanted === 'string' && knownLayouts.includes(wanted)) {
    return { layout: wanted, source: 'customer', customerName: typeof customer.name === 'string' ? customer.name : '' };
  }
  return { layout: knownLayouts.includes(pcLayout) ? pcLayout : (knownLayouts[0] ?? pcLayout), source: 'pc', customerName: '' };
}
