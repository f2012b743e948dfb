import { describe, expect, it } from 'vitest';
import { checkDispositionSums, checkReceivingTolerance, validateDisposition, validateReturnLine, validateReceiving } from '../../../../../shared/domain/lifecycle/returns';
import type { DispositionRecord, ReturnLine } from '../../../../../shared/domain/lifecycle/records';

function line(id: string, received: number | null, approved = 10): ReturnLine {
  return {
    id, caseId: 'c', round: 1, productModel: 'KX-1', partNumber: '', lotNumber: '', quantityApproved: approved, reason: '',
    quantityReceived: received, receivedBy: 'w', receivedAt: null, storageLocation: 'Q1', receivingNote: '',
    inspectionResult: null, quantityDefective: null, defectNotes: '', inspectedBy: '', inspectedAt: null, photoIds: [], deleted: false,
  };
}
function disp(lineId: string, quantity: number, deleted = false): DispositionRecord {
  return { id: `${lineId}-${quantity}-${String(deleted)}`, caseId: 'c', round: 1, lineId, kind: 'scrap', quantity, repairOrderNumber: '', charged: false, note: '', deleted };
}

describe('return lines', () => {
  it('refuses negative, zero, fractional and more than delivered', () => {
    const base = { productModel: 'KX', partNumber: '', lotNumber: '', reason: '' };
    expect(validateReturnLine({ ...base, quantityApproved: -1 })).toEqual({ quantityApproved: 'negative' });
    expect(validateReturnLine({ ...base, quantityApproved: 0 })).toEqual({ quantityApproved: 'zero' });
    expect(validateReturnLine({ ...base, quantityApproved: 1.5 })).toEqual({ quantityApproved: 'notAnInteger' });
    expect(validateReturnLine({ ...base, quantityApproved: 11 }, 10)).toEqual({ quantityApproved: 'moreThanDelivered' });
    expect(validateReturnLine({ ...base, quantityApproved: 10 }, 10)).toEqual({});
    expect(validateReturnLine({ ...base, productModel: ' ', quantityApproved: 1 })).toEqual({ productModel: 'required' });
  });
  it('checks receiving input', () => {
    expect(validateReceiving({ quantityReceived: -2, receivedBy: '', storageLocation: '', receivedAt: null, receivingNote: '' })).toEqual({
      quantityReceived: 'negative', receivedBy: 'required', storageLocation: 'required', receivedAt: 'required',
    });
  });
});

describe('receiving tolerance', () => {
  it('is ok inside the percent and warns outside', () => {
    expect(checkReceivingTolerance(100, 105, 5)).toMatchObject({ status: 'ok', warning: null });
    expect(checkReceivingTolerance(100, 95, 5)).toMatchObject({ status: 'ok' });
    expect(checkReceivingTolerance(100, 106, 5)).toMatchObject({ status: 'over', warning: 'receivedOverTolerance', difference: 6, differencePercent: 6 });
    expect(checkReceivingTolerance(100, 94, 5)).toMatchObject({ status: 'under', warning: 'receivedUnderTolerance', difference: -6 });
    expect(checkReceivingTolerance(10, 10, 0)).toMatchObject({ status: 'ok' });
    expect(checkReceivingTolerance(10, 9, 0)).toMatchObject({ status: 'under' });
  });
});

describe('disposition sums', () => {
  it('must add up to the received quantity per line', () => {
    const lines = [line('a', 8), line('b', 5), line('c', 0), line('d', null)];
    const errors = checkDispositionSums(lines, [disp('a', 5), disp('a', 3), disp('b', 6), disp('b', 1, true)]);
    expect(errors).toEqual([
      { lineId: 'b', code: 'over', received: 5, disposed: 6 },
      { lineId: 'd', code: 'notReceived', received: 0, disposed: 0 },
    ]);
    expect(checkDispositionSums([line('a', 8)], [disp('a', 7)])).toEqual([{ lineId: 'a', code: 'under', received: 8, disposed: 7 }]);
    expect(checkDispositionSums([line('a', 8)], [disp('a', 8)])).toEqual([]);
  });
  it('needs a repair order for rework and a positive integer quantity', () => {
    expect(validateDisposition({ lineId: 'a', kind: 'rework', quantity: 2, repairOrderNumber: '', charged: false, note: '' })).toEqual({ repairOrderNumber: 'required' });
    expect(validateDisposition({ lineId: 'a', kind: 'scrap', quantity: -1, repairOrderNumber: '', charged: false, note: '' })).toEqual({ quantity: 'negative' });
  });
});
