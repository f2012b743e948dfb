/**
 * Complaint counts and breakdowns (客户投诉案件统计表):
 *  - complaints = cases received in the period that count as complaints
 *    (countsAsComplaint: every triage but 7天无理由退货);
 *  - sevenDayReturns = 7-day no-reason returns received in the period,
 *    shown apart and counted nowhere else;
 *  - each breakdown (customer, model, defect type level 1 / level 2,
 *    severity, category, triage, domestic/foreign) counts the SELECTED
 *    complaints once each (the basis of statistics.ts: received in the
 *    period, or closed in it), so every breakdown sums to `selected`;
 *  - defectiveQuantity = Σ quantityDefective of the selected complaints that
 *    have one; those without are counted in quantityUnknown (never as 0).
 */
import type { StatsRow } from './rows';
import type { NameResolver } from './names';
import { Tally, TwoLevelTally, type BreakdownItem, type TwoLevelItem } from './tally';

export interface ComplaintBreakdowns {
  /** Complaints received in the period. */
  complaints: number;
  /** 7-day no-reason returns received in the period (not complaints). */
  sevenDayReturns: number;
  /** Complaints the breakdowns count (the basis). */
  selected: number;
  byCustomer: BreakdownItem[];
  byModel: BreakdownItem[];
  /** Level-1 defect types with their level-2 ones; key '' = no defect type recorded. */
  byDefectType: TwoLevelItem[];
  /** key = severity, '' = not triaged yet. */
  bySeverity: BreakdownItem[];
  /** key = complaint category, '' = none yet. */
  byCategory: BreakdownItem[];
  /** key = triage category, '' = none yet. */
  byTriage: BreakdownItem[];
  /** key = 'domestic' | 'foreign'. */
  byMarket: BreakdownItem[];
  /** Σ quantityDefective of the selected complaints that state it. */
  defectiveQuantity: number;
  /** Selected complaints without a defective quantity. */
  quantityUnknown: number;
}

export interface Resolvers {
  customer: NameResolver;
  model: NameResolver;
  defectType: NameResolver;
}

export function complaintCollector(names: Resolvers) {
  let complaints = 0;
  let sevenDayReturns = 0;
  let selected = 0;
  let defectiveQuantity = 0;
  let quantityUnknown = 0;
  const customer = new Tally();
  const model = new Tally();
  const defect = new TwoLevelTally();
  const severity = new Tally();
  const category = new Tally();
  const triage = new Tally();
  const market = new Tally();
  return {
    /** Every row received in the period (complaint or not). */
    received(row: StatsRow): void {
      if (row.countsAsComplaint) complaints++;
      else sevenDayReturns++;
    },
    /** A complaint of the basis. */
    add(row: StatsRow): void {
      selected++;
      const c = names.customer.resolve(row.customerId, row.customerName);
      customer.addGroup(c);
      const m = names.model.resolve(row.productModelId, row.productModel);
      model.addGroup(m);
      const d = names.defectType.resolve(row.defectTypeId, '');
      const parent = names.defectType.parentOf(d);
      if (parent === d) defect.add(d.key, d.label, '', '');
      else defect.add(parent.key, parent.label, d.key, d.label);
      const s = row.severity ?? '';
      severity.add(s, s);
      const k = row.category ?? '';
      category.add(k, k);
      const t = row.triage ?? '';
      triage.add(t, t);
      market.add(row.market, row.market);
      if (typeof row.quantityDefective === 'number' && Number.isFinite(row.quantityDefective)) defectiveQuantity += row.quantityDefective;
      else quantityUnknown++;
    },
    result(): ComplaintBreakdowns {
      return {
        complaints,
        sevenDayReturns,
        selected,
        byCustomer: customer.items(),
        byModel: model.items(),
        byDefectType: defect.items(),
        bySeverity: severity.items(),
        byCategory: category.items(),
        byTriage: triage.items(),
        byMarket: market.items(),
        defectiveQuantity,
        quantityUnknown,
      };
    },
  };
}
