/**
 * Supplier chargebacks (供应商扣款单) of the selected complaints, in fen:
 * claims = live claims; raisedFen = Σ amounts sent to suppliers (every
 * status but draft); recoveredFen = Σ amounts of settled claims;
 * recoveryRate = recoveredFen ÷ raisedFen, null when nothing was raised.
 * unknownCases = selected complaints whose row has no claim facts yet.
 */
import type { StatsRow } from './rows';

export interface ClaimStats {
  claims: number;
  raisedFen: number;
  recoveredFen: number;
  recoveryRate: number | null;
  unknownCases: number;
}

export function claimCollector() {
  const out: ClaimStats = { claims: 0, raisedFen: 0, recoveredFen: 0, recoveryRate: null, unknownCases: 0 };
  return {
    add(row: StatsRow): void {
      const c = row.supplierClaims;
      if (!c) {
        out.unknownCases++;
        return;
      }
      out.claims += c.count;
      out.raisedFen += c.raisedFen;
      out.recoveredFen += c.recoveredFen;
    },
    result: (): ClaimStats => ({ ...out, recoveryRate: out.raisedFen > 0 ? out.recoveredFen / out.raisedFen : null }),
  };
}
