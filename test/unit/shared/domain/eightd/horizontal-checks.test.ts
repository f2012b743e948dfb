/**
 * 举一反三 / 水平展开 (issue 19.7): rows are added as child records, marked
 * checked / not affected / affected; affected opens a D3 containment action
 * (once); D7 is not complete while a row is unmarked; rows are offered from
 * master data (models sharing the case's part number, and the part itself).
 */
import { describe, expect, it } from 'vitest';
import { addChild, removeChild, updateChild } from '../../../../../shared/domain/eightd/commands';
import { containmentNumber, HORIZONTAL_CHECK_SPEC, openChecks, setCheckResult, suggestChecks } from '../../../../../shared/domain/eightd/horizontal-checks';
import { missingOf } from '../../../../../shared/domain/eightd/progress';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import { view } from '../lifecycle/fixtures';
import { contextOf, shapeOf, writesOf } from '../lifecycle/commands/context';
import { check, completeBundle, report } from './fixtures';

const ctx = () => contextOf(view());
const approved = report({ approvedAt: '2026-11-28T07:00:00.000Z', approvedBy: '王部长' });
const marked = { checkedBy: '李四', checkedOn: '2026-11-26' };
const containment = { description: '举一反三：KX-300 成品仓隔离并筛选', location: 'finished_goods' as const, owner: '王五' };
const invalidWith = (fieldErrors: Record<string, string>) => ({ ok: false, refusal: { kind: 'invalid', fieldErrors } });

describe('举一反三 rows', () => {
  it('are added as child records of the report, to check, with a subject; only their own fields are taken', () => {
    const done = addChild(HORIZONTAL_CHECK_SPEC, ctx(), report(), { kind: 'material', subject: ' 粉色卡扣 ', basis: 'sameSupplier', scope: '材料仓', result: 'affected', containmentId: 'x' });
    expect(shapeOf(done)).toEqual(['eightDHorizontalCheck:new']);
    expect(done.ok && done.value).toEqual({ id: 'id1', reportId: 'r-1', caseId: 'c-1', kind: 'material', subject: '粉色卡扣', basis: 'sameSupplier', scope: '材料仓', result: '', checkedBy: '', checkedOn: '', note: '', containmentId: '', deleted: false });
    expect(addChild(HORIZONTAL_CHECK_SPEC, ctx(), report(), { subject: ' ' })).toEqual(invalidWith({ subject: 'required' }));
    expect(addChild(HORIZONTAL_CHECK_SPEC, ctx(), report(), { subject: 'A', kind: 'colour', basis: 'sameMoon' })).toEqual(invalidWith({ kind: 'invalid', basis: 'invalid' }));
    expect(addChild(HORIZONTAL_CHECK_SPEC, ctx(), approved, { subject: 'A' })).toEqual(invalidWith({ report: 'reportApproved' }));
    expect(shapeOf(updateChild(HORIZONTAL_CHECK_SPEC, ctx(), report(), check(), { scope: '在制品' }))).toEqual(['eightDHorizontalCheck:changed']);
    expect(shapeOf(removeChild(HORIZONTAL_CHECK_SPEC, ctx(), report(), check()))).toEqual(['eightDHorizontalCheck:changed']);
  });

  it('marked checked or not affected with who and when; back to "to check" clears them', () => {
    const done = setCheckResult(ctx(), report(), check(), { result: 'checked', ...marked, note: '抽检 50 台无异常' }, []);
    expect(done.ok && done.value).toMatchObject({ result: 'checked', checkedBy: '李四', checkedOn: '2026-11-26', note: '抽检 50 台无异常', containmentId: '' });
    expect(shapeOf(done)).toEqual(['eightDHorizontalCheck:changed']);
    expect(setCheckResult(ctx(), report(), check(), { result: 'notAffected' }, [])).toEqual(invalidWith({ checkedBy: 'required', checkedOn: 'required' }));
    expect(setCheckResult(ctx(), report(), check(), { result: 'gone' as never, ...marked }, [])).toEqual(invalidWith({ result: 'invalid' }));
    const back = setCheckResult(ctx(), report(), check({ result: 'checked', ...marked }), { result: '' }, []);
    expect(back.ok && back.value).toMatchObject({ result: '', checkedBy: '', checkedOn: '' });
    expect(setCheckResult(ctx(), approved, check(), { result: 'checked', ...marked }, [])).toEqual(invalidWith({ report: 'reportApproved' }));
  });

  it('affected opens a D3 containment action for the item in the same write, linked from the row', () => {
    const writes = writesOf(setCheckResult(ctx(), report(), check(), { result: 'affected', ...marked, containment }, ['k-1']));
    expect(writes.map((w) => `${w.entity}:${'before' in w && w.before === null ? 'new' : 'changed'}`)).toEqual(['eightDContainment:new', 'eightDHorizontalCheck:changed']);
    const action = writes[0]!.entity === 'eightDContainment' ? (writes[0].record) : null;
    expect(action).toEqual({ id: 'id1', reportId: 'r-1', caseId: 'c-1', description: containment.description, location: 'finished_goods', owner: '王五', startedOn: '2026-11-26', finishedOn: '', quantityInspected: 0, quantityDefective: 0, result: '', deleted: false });
    expect(writes[1]!.entity === 'eightDHorizontalCheck' && writes[1].record.containmentId).toBe('id1');
  });

  it('affected needs the containment action when none is linked; one already linked and live is kept, a removed one is replaced', () => {
    expect(setCheckResult(ctx(), report(), check(), { result: 'affected', ...marked }, [])).toEqual(invalidWith({ 'containment.description': 'required' }));
    expect(setCheckResult(ctx(), report(), check(), { result: 'affected', ...marked, containment: { ...containment, location: 'moon' as never } }, [])).toEqual(invalidWith({ 'containment.location': 'invalid' }));
    const linked = check({ containmentId: 'k-1' });
    expect(shapeOf(setCheckResult(ctx(), report(), linked, { result: 'affected', ...marked }, ['k-1']))).toEqual(['eightDHorizontalCheck:changed']);
    expect(shapeOf(setCheckResult(ctx(), report(), linked, { result: 'affected', ...marked, containment }, []))).toEqual(['eightDContainment:new', 'eightDHorizontalCheck:changed']);
    // Going back from affected keeps the action (it is D3's record now) and the link.
    const back = setCheckResult(ctx(), report(), check({ result: 'affected', ...marked, containmentId: 'k-1' }), { result: 'notAffected', ...marked }, ['k-1']);
    expect(back.ok && back.value).toMatchObject({ result: 'notAffected', containmentId: 'k-1' });
  });

  it('D7 is not complete while a row is still to check', () => {
    const open = check({ id: 'h-open' });
    const bundle = { ...completeBundle(), checks: [open, check({ id: 'h-done', result: 'checked', ...marked }), check({ id: 'h-gone', deleted: true })] };
    expect(missingOf(bundle, 'D7')).toEqual([{ discipline: 'D7', code: 'horizontalCheckOpen', field: 'result', recordId: 'h-open' }]);
    expect(openChecks(bundle.checks).map((c) => c.id)).toEqual(['h-open']);
    expect(missingOf({ ...bundle, checks: [] }, 'D7')).toEqual([]);
  });

  it('an affected row cites its D3 action by number among the live ones; none when unlinked or removed', () => {
    const list = [{ id: 'k-1' }, { id: 'k-2' }];
    expect(containmentNumber(check({ containmentId: 'k-2' }), list)).toBe(2);
    expect(containmentNumber(check({ containmentId: '' }), list)).toBeNull();
    expect(containmentNumber(check({ containmentId: 'k-gone' }), list)).toBeNull();
  });
});

describe('rows offered from master data', () => {
  const model = (id: string, code: string, name: string, partNumbers: string[], over: Partial<MasterEntry> = {}): MasterEntry => ({
    id, kind: 'productModel', code, name, aliases: [], active: true, confirmed: true, parentId: '', partNumbers, ...over,
  });
  const entries = [
    model('pm-own', 'KX200', 'KX-200', ['P-100']),
    model('pm-1', 'KX300', 'KX-300', ['p-100 ', 'P-200']),
    model('pm-2', 'KX400', 'KX-400', ['P-999']),
    model('pm-3', 'KX500', 'KX-500', ['P-100'], { active: false }),
    model('pm-4', 'KX600', 'KX600', ['P-100']),
    { ...model('c-1', 'C1', '客户', ['P-100']), kind: 'customer' as const },
  ];
  const caseFacts = { productModel: 'KX-200', productModelId: 'pm-own', partNumber: 'P-100' };

  it('other active models listing the case part number (same part), then the part itself as a material', () => {
    expect(suggestChecks(caseFacts, entries, [])).toEqual([
      { kind: 'model', subject: 'KX300 KX-300', basis: 'samePart' },
      { kind: 'model', subject: 'KX600', basis: 'samePart' },
      { kind: 'material', subject: 'P-100', basis: 'samePart' },
    ]);
  });

  it('leaves out subjects already listed (live rows only) and offers nothing without a part number', () => {
    const listed = [check({ kind: 'model', subject: 'kx300 kx-300' }), check({ id: 'h-2', kind: 'material', subject: 'P-100', deleted: true })];
    expect(suggestChecks(caseFacts, entries, listed).map((s) => s.subject)).toEqual(['KX600', 'P-100']);
    expect(suggestChecks({ ...caseFacts, partNumber: ' ' }, entries, [])).toEqual([]);
  });
});
