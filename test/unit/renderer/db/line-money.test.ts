/** Prices on return lines and the return documents (issue 19.2) through the repositories. */
import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../../../../renderer/db';
import { returnLineMoney } from '../../../../shared/domain/lifecycle/line-money';
import { caseAtReceiving } from './lifecycle-helpers';
import { openHarness } from './helpers';

const fieldErrors = (e: unknown) => (e instanceof ValidationFailedError ? e.fieldErrors : e);

describe('money on return lines', () => {
  it('a line is priced when added or later, in its currency; a bad price writes nothing; the red invoice and return proof are case fields', async () => {
    const h = await openHarness();
    const { id, lineId } = await caseAtReceiving(h, 100);
    const file = await h.repos.lifecycle.getCaseFile(id);
    expect(file.view.returnLines.find((l) => l.id === lineId)).toMatchObject({ unitPriceFen: null, currency: 'CNY' });
    await h.repos.returns.updateLine(lineId, { unitPriceFen: 1_250 });
    const opsBefore = await h.db.ops.count();
    expect(fieldErrors(await h.repos.returns.updateLine(lineId, { unitPriceFen: -5 }).catch((e: unknown) => e))).toEqual({ unitPriceFen: 'negative' });
    expect(fieldErrors(await h.repos.returns.addLine(id, { productModel: 'X', partNumber: '', lotNumber: '', quantityApproved: 1, reason: '', currency: 'GBP' as 'CNY' }).catch((e: unknown) => e))).toEqual({ currency: 'invalid' });
    expect(await h.db.ops.count()).toBe(opsBefore);
    await h.repos.lifecycle.update(id, { redInvoiceNumber: 'HZ-001', returnProof: '销货退回证明单 No.88' });
    const after = await h.repos.lifecycle.getCaseFile(id);
    expect(after.lifecycle).toMatchObject({ redInvoiceNumber: 'HZ-001', returnProof: '销货退回证明单 No.88' });
    expect(returnLineMoney(after.view.returnLines).totals).toEqual([{ currency: 'CNY', amountFen: 125_000 }]);
    expect(fieldErrors(await h.repos.lifecycle.update(id, { redInvoiceNumber: 'x'.repeat(81) }).catch((e: unknown) => e))).toEqual({ redInvoiceNumber: 'tooLong' });
  });
});
