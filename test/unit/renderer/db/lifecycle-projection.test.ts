/** The ledger projection stored on the case by every lifecycle write, and refreshCaseProjection for merges. */
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_ENTITY_TABLES, refreshCaseProjection } from '../../../../renderer/db';
import { isOverdue } from '../../../../shared/domain/lifecycle/projection';
import { ENTITIES } from '../../../../shared/sync/op';
import { caseAtDecision } from './lifecycle-helpers';
import { lifecycleSettingsFrom, rulesOf } from '../../../../renderer/db/lifecycle-projection';
import { defaultSettings } from '../../../../shared/domain/settings';
import { thresholdOf } from '../../../../shared/domain/lifecycle/survey';
import { intake, openHarness } from './helpers';

describe('lifecycle projection on the case', () => {
  it('is written with the first lifecycle write: state, severity, triage, next deadline', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake({ receivedAt: '2026-11-23T09:30:00+08:00' }));
    await h.repos.lifecycle.update(c.id, { triage: 'production_quality', severity: 'urgent', category: 'product_quality' });
    const row = (await h.repos.cases.listAll())[0]!;
    // callback: 2 working hours after 09:30 → 11:30; containment (urgent): 4 clock hours → 13:30
    expect(row).toMatchObject({ state: 'registered', severity: 'urgent', triage: 'production_quality', category: 'product_quality', nextDueAt: '2026-11-23T11:30:00+08:00', nextDueKind: 'callback' });
    await h.repos.lifecycle.update(c.id, { callbackAt: '2026-11-23T10:00:00+08:00' });
    expect((await h.repos.cases.listAll())[0]).toMatchObject({ nextDueAt: '2026-11-23T13:30:00+08:00', nextDueKind: 'containment' });
    // the projection is local: no op, and cases.get does not show it
    expect(await h.db.ops.where('[entity+entityId]').equals(['case', c.id]).filter((o) => 'projection' in o.fields).count()).toBe(0);
    expect(await h.repos.cases.get(c.id)).not.toHaveProperty('projection');
    // the workbench indexes
    expect(await h.db.cases.where('projection.state').equals('registered').primaryKeys()).toEqual([c.id]);
    expect(await h.db.cases.where('projection.nextDueAt').below('2026-11-23T14:00:00+08:00').primaryKeys()).toEqual([c.id]);
  });

  it('a new case carries its first deadline at once, so an untouched case shows up as overdue', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake({ receivedAt: '2026-11-23T09:30:00+08:00' }));
    const row = (await h.repos.cases.listAll())[0]!;
    expect(row).toMatchObject({ state: 'registered', nextDueAt: '2026-11-23T11:30:00+08:00', nextDueKind: 'callback' });
    expect(isOverdue(row, Date.parse('2026-11-23T11:29:00+08:00'))).toBe(false);
    expect(isOverdue(row, Date.parse('2026-11-23T11:31:00+08:00'))).toBe(true);
    expect(await h.db.cases.where('projection.nextDueAt').below('2026-11-23T11:31:00+08:00').primaryKeys()).toEqual([c.id]);
    // the callback is recorded: the next open deadline is the first reply (1 working day)
    await h.repos.lifecycle.update(c.id, { callbackAt: '2026-11-23T10:00:00+08:00' });
    expect((await h.repos.cases.listAll())[0]).toMatchObject({ nextDueAt: '2026-11-24T09:30:00+08:00', nextDueKind: 'first_reply' });
  });

  it('a changed receivedAt of a case with a lifecycle moves its next deadline', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake({ receivedAt: '2026-11-23T09:30:00+08:00' }));
    await h.repos.lifecycle.update(c.id, { triage: 'ageing', severity: 'general', category: 'other' });
    expect((await h.repos.cases.listAll())[0]!.nextDueAt).toBe('2026-11-23T11:30:00+08:00');
    await h.repos.cases.update(c.id, { receivedAt: '2026-11-23T08:30:00+08:00' });
    expect((await h.repos.cases.listAll())[0]!.nextDueAt).toBe('2026-11-23T10:30:00+08:00');
  });

  it('a 7-day no-reason return is logged but does not count as a complaint', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    await h.repos.lifecycle.update(c.id, { triage: 'seven_day_return' });
    expect((await h.repos.cases.listAll())[0]!.countsAsComplaint).toBe(false);
    expect((await h.repos.lifecycle.getCaseFile(c.id)).countsAsComplaint).toBe(false);
  });

  it('carries what statistics count: costs by kind and department, the shares, and (later) when it closed', async () => {
    const h = await openHarness();
    const id = await caseAtDecision(h);
    await h.repos.costs.add(id, { kind: 'loss', amountFen: 100_000, department: 'production', note: '' });
    const freight = await h.repos.costs.add(id, { kind: 'freight', amountFen: 20_000, department: null, note: '' });
    await h.repos.responsibility.addShare(id, { department: 'production', percent: 70, supplierName: '', note: '' });
    await h.repos.responsibility.addShare(id, { department: 'purchasing', percent: 30, supplierName: '东莞某电子', note: '' });
    expect((await h.repos.cases.listAll())[0]).toMatchObject({
      closedAt: null,
      costs: [
        { kind: 'loss', department: 'production', amountFen: 100_000 },
        { kind: 'freight', department: null, amountFen: 20_000 },
      ],
      shares: [
        { department: 'production', percent: 70, supplierName: '' },
        { department: 'purchasing', percent: 30, supplierName: '东莞某电子' },
      ],
    });
    await h.repos.costs.remove(freight.id);
    expect((await h.repos.cases.listAll())[0]!.costs).toEqual([{ kind: 'loss', department: 'production', amountFen: 100_000 }]);
  });

  it('refreshCaseProjection recomputes from the stored records (after a merge)', async () => {
    const h = await openHarness();
    const id = await caseAtDecision(h);
    // a merged remote change lands in the table without the repositories
    await h.db.caseLifecycles.update(id, { severity: 'general', state: 'reply' });
    expect((await h.repos.cases.listAll())[0]).toMatchObject({ severity: 'serious', state: 'decision' });
    const projection = await refreshCaseProjection(h.db, id, h.ctx);
    expect(projection).toMatchObject({ severity: 'general', state: 'reply' });
    expect((await h.repos.cases.listAll())[0]).toMatchObject({ severity: 'general', state: 'reply' });
    expect(await refreshCaseProjection(h.db, 'unknown', h.ctx)).toBeNull();
  });

  it('listOpen: open actions of live, not-closed cases, by owner', async () => {
    const h = await openHarness();
    const a = await caseAtDecision(h);
    const b = await caseAtDecision(h);
    const action = (owner: string, dueDate: string) => ({ kind: 'corrective' as const, description: 'x', owner, department: null, dueDate });
    const x1 = await h.repos.actions.add(a, action(' 李工 ', '2026-12-03'));
    const x2 = await h.repos.actions.add(b, action('李工', '2026-12-01'));
    const x3 = await h.repos.actions.add(b, action('王工', '2026-12-02'));
    await h.repos.actions.setStatus(x3.id, 'done');
    expect(await h.repos.actions.setStatus(x3.id, 'verified', ' 品质部经理 ')).toMatchObject({ status: 'verified', verifiedBy: '品质部经理' });
    expect((await h.repos.actions.listOpen('李工')).map((i) => i.action.id)).toEqual([x2.id, x1.id]);
    expect((await h.repos.actions.listOpen()).map((i) => [i.action.id, i.caseNumber])).toEqual([[x2.id, '2611-B-002'], [x1.id, '2611-B-001']]);
    await h.repos.cases.remove(b);
    expect((await h.repos.actions.listOpen()).map((i) => i.action.id)).toEqual([x1.id]);
  });

  it('every lifecycle entity is an op entity with a table of the database', async () => {
    const h = await openHarness();
    const entities: readonly string[] = ENTITIES;
    for (const [entity, table] of Object.entries(LIFECYCLE_ENTITY_TABLES)) {
      expect(entities).toContain(entity);
      expect(h.db.tables.map((t) => t.name)).toContain(table);
    }
    expect(Object.keys(LIFECYCLE_ENTITY_TABLES).sort()).toEqual(
      ['approval', 'attachment', 'caseAction', 'caseLifecycle', 'cost', 'customerReply', 'disposition', 'outboundShipment', 'repairOrder', 'responsibilityShare', 'returnLine', 'signature', 'supplierClaim', 'survey', 'transition'],
    );
  });
});

describe('lifecycle rules of the settings', () => {
  it('carry the office survey threshold to the guards; settings without a survey form keep 80', () => {
    const settings = defaultSettings('33333333-3333-4333-8333-333333333333');
    const lifecycle = lifecycleSettingsFrom({ ...settings, surveyForm: { ...settings.surveyForm, satisfiedThreshold: 70 } });
    expect(rulesOf(lifecycle)).toEqual({ authorityMatrix: settings.authorityMatrix, satisfiedThreshold: 70 });
    const { surveyForm: _older, ...withoutSurvey } = lifecycleSettingsFrom(settings);
    expect(thresholdOf(rulesOf(withoutSurvey))).toBe(80);
  });
});
