import { describe, expect, it } from 'vitest';
import { MAX_WHYS } from '../../../../../shared/domain/eightd/records';
import { isPlainDate } from '../../../../../shared/domain/field-checks';
import {
  cleanWhys,
  validateCause,
  validateContainment,
  validateCorrective,
  validateMember,
  validatePrevention,
  validateReportFields,
} from '../../../../../shared/domain/eightd/validation';
import { cause, containment, corrective, member, prevention } from './fixtures';

const fields = <T extends { id: string; reportId: string; caseId: string; deleted: boolean }>(r: T) => {
  const { id: _i, reportId: _r, caseId: _c, deleted: _d, ...rest } = r;
  return rest;
};

describe('8D validation', () => {
  it('accepts the complete fixtures', () => {
    expect(validateMember(fields(member()))).toEqual({});
    expect(validateContainment(fields(containment()))).toEqual({});
    expect(validateCause(fields(cause()))).toEqual({});
    expect(validateCorrective(fields(corrective()))).toEqual({});
    expect(validatePrevention(fields(prevention()))).toEqual({});
  });

  it.each([
    [{ name: '  ' }, { name: 'required' }],
    [{ name: 'x'.repeat(61) }, { name: 'tooLong' }],
    [{ role: 'boss' }, { role: 'invalid' }],
    [{ organisation: 'govt' }, { organisation: 'invalid' }],
    [{ contact: 12 }, { contact: 'invalid' }],
  ])('member %j → %j', (over, errors) => {
    expect(validateMember({ ...fields(member()), ...(over as object) })).toEqual(errors);
  });

  it.each([
    [{ quantityInspected: -1 }, { quantityInspected: 'negative' }],
    [{ quantityInspected: 1.5 }, { quantityInspected: 'notAnInteger' }],
    [{ quantityDefective: Number.NaN }, { quantityDefective: 'required' }],
    [{ quantityInspected: 10, quantityDefective: 11 }, { quantityDefective: 'moreThanInspected' }],
    [{ quantityInspected: 0, quantityDefective: 0 }, {}],
    [{ description: '' }, { description: 'required' }],
    [{ location: 'moon' }, { location: 'invalid' }],
    [{ startedOn: '2026-02-30' }, { startedOn: 'invalid' }],
    [{ startedOn: '2026-11-25', finishedOn: '2026-11-24' }, { finishedOn: 'beforeStart' }],
    [{ startedOn: '', finishedOn: '2026-11-24' }, { startedOn: 'required' }],
    [{ finishedOn: '' }, {}],
  ])('containment %j → %j', (over, errors) => {
    expect(validateContainment({ ...fields(containment()), ...(over as object) })).toEqual(errors);
  });

  it.each([
    [{ whys: Array<string>(MAX_WHYS + 1).fill('why') }, { whys: 'tooManyWhys' }],
    [{ whys: Array<string>(MAX_WHYS).fill('why') }, {}],
    [{ whys: ['a', ' ', 'c'] }, { whys: 'emptyWhy' }],
    [{ whys: ['a', 'b', '', ''] }, {}],
    [{ whys: [] }, {}],
    [{ whys: 'a' }, { whys: 'invalid' }],
    [{ analysis: 'both' }, { analysis: 'invalid' }],
    [{ category: 'money' }, { category: 'invalid' }],
    [{ description: '' }, { description: 'required' }],
  ])('cause %j → %j', (over, errors) => {
    expect(validateCause({ ...fields(cause()), ...(over as object) })).toEqual(errors);
  });

  it('drops trailing blank whys', () => {
    expect(cleanWhys(['a', 'b', ' ', ''])).toEqual(['a', 'b']);
  });

  it.each([
    [{ dueDate: '' }, { dueDate: 'required' }],
    [{ dueDate: '2026-13-01' }, { dueDate: 'invalid' }],
    [{ dueDate: '30.11.2026' }, { dueDate: 'invalid' }],
    [{ owner: ' ' }, { owner: 'required' }],
    [{ status: 'done' }, { status: 'invalid' }],
    [{ status: 'implemented', implementedOn: '' }, { implementedOn: 'required' }],
    [{ status: 'verified', verificationResult: ' ', verifiedBy: '', verifiedOn: '' }, { verificationResult: 'required', verifiedBy: 'required', verifiedOn: 'required' }],
    [{ status: 'verified', verifiedOn: '2026-11-20' }, { verifiedOn: 'beforeStart' }],
    [{ status: 'planned', implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' }, {}],
  ])('corrective %j → %j', (over, errors) => {
    expect(validateCorrective({ ...fields(corrective()), ...(over as object) })).toEqual(errors);
  });

  it.each([
    [{ kind: 'inspection' }, { kind: 'invalid' }],
    [{ description: '' }, { description: 'required' }],
    [{ description: '增加检验' }, { description: 'inspectionIsNotPrevention' }],
    [{ dueDate: '' }, {}],
    [{ dueDate: 'soon' }, { dueDate: 'invalid' }],
    [{ done: 'yes' }, { done: 'invalid' }],
  ])('prevention %j → %j', (over, errors) => {
    expect(validatePrevention({ ...fields(prevention()), ...(over as object) })).toEqual(errors);
  });

  it('report fields: only the given ones, dates and the occurrence', () => {
    expect(validateReportFields({})).toEqual({});
    expect(validateReportFields({ title: 'x'.repeat(201), occurrence: 'often' as never, rootCauseDueDate: '2026-11-31', closureDueDate: '' })).toEqual({
      title: 'tooLong',
      occurrence: 'invalid',
      rootCauseDueDate: 'invalid',
    });
    expect(validateReportFields({ containmentRepliedAt: 'yesterday' })).toEqual({ containmentRepliedAt: 'invalid' });
    expect(validateReportFields({ containmentRepliedAt: '2026-11-23T12:00:00+08:00', what: '开裂' })).toEqual({});
  });

  it('plain dates are real calendar dates', () => {
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-11-23T00:00')).toBe(false);
  });
});
