// Issue 12.3 — a change is accepted only from the PC that owns it: a push
// carrying another PC's device id or a made-up lastHlc is refused whole; a
// change in another PC's log folder, or in a snapshot that does not cover
// its PC, is refused and reported while the rest is read; a clone's
// unpublished changes go out under its new id.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeShareFs } from '../../../../electron/services/sync/share-fs';
import { emptyLocalState, ShareTransport } from '../../../../electron/services/sync/share-transport';
import { encodeSnapshot, type WireOp } from '../../../../shared/sync/codec';
import { pushOwnershipProblems, splitByOwner } from '../../../../shared/sync/op-ownership';
import { SHARE_DIR } from '../../../../shared/sync/share-layout';
import { intake } from '../../renderer/db/helpers';
import { clonePc, makePc } from '../../sync/pcs';
import { failure } from '../../sync/failure';

let seq = 0;
function op(deviceId: string, extra: Partial<WireOp> = {}): WireOp {
  seq++;
  return { id: `op-${seq}`, hlc: `${String(1_795_000_000_000 + seq).padStart(15, '0')}-0000`, deviceId, user: '张三', entity: 'case', entityId: `c${seq}`, fields: { customerName: `客户${seq}` }, schemaVersion: 2, ...extra };
}

const clock = { now: Date.parse('2026-11-23T02:00:00Z') };
function transport(sharePath: string, deviceId: string): ShareTransport {
  return new ShareTransport({ sharePath, deviceId, fingerprint: `fp-${deviceId}`, appVersion: '0.1.0', fs: nodeShareFs, retry: { delayMs: 1 }, now: () => clock.now }, emptyLocalState());
}

describe('the rules', () => {
  it('a push of own changes with a clock at or past them passes', () => {
    const ops = [op('dev-a'), op('dev-a')];
    expect(pushOwnershipProblems(ops, 'dev-a', ops[1]!.hlc)).toEqual([]);
    expect(pushOwnershipProblems(ops, 'dev-a', null)).toEqual([]);
  });

  it("another PC's device id, a lastHlc behind the changes or not a clock reading is refused", () => {
    const mine = op('dev-a');
    expect(pushOwnershipProblems([mine, op('dev-b')], 'dev-a', null)[0]).toMatch(/1 of 2 changes carry another PC's device id \(dev-b\)/);
    expect(pushOwnershipProblems([mine], 'dev-a', '000000000000001-0000')[0]).toMatch(/behind 1 of the changes/);
    expect(pushOwnershipProblems([mine], 'dev-a', '9999')[0]).toMatch(/not a clock reading/);
  });

  it("splits a folder's changes into its PC's and the ones claiming another", () => {
    const a = op('dev-a');
    const b = op('dev-b');
    expect(splitByOwner([a, b], 'dev-a')).toEqual({ own: [a], foreign: [b] });
  });
});

describe('on the share', () => {
  it("sync:push refuses changes of another PC and a made-up lastHlc; nothing is written", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'own-push-'));
    const a = await makePc('a', dir);
    await a.round();
    const me = a.settings.get().deviceId;
    const forged = op('someone-else');
    const foreign = await failure(a.service.syncPush({ ops: [op(me), forged], cursors: {}, lastHlc: null }));
    expect(foreign.code).toBe('badArguments');
    expect(foreign.message).toMatch(/notOwnChanges: 1 of 2 changes carry another PC's device id \(someone-else\)/);
    const behind = await failure(a.service.syncPush({ ops: [op(me)], cursors: {}, lastHlc: '000000000000001-0000' }));
    expect(behind.message).toMatch(/lastHlc .* is behind/);

    const b = await makePc('b', dir);
    const report = await b.round();
    expect(report.applied).toBe(0);
    expect(await b.repos.cases.count()).toBe(0);
  }, 60_000);

  it("a change claiming another PC in a PC's log folder is refused and reported; the folder's own changes are read", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'own-pull-'));
    const b = transport(dir, 'dev-b');
    await b.join();
    const honest = op('dev-b');
    const claimsC = op('dev-c');
    await b.push([honest, claimsC]); // the transport itself writes what it is given: a forger's PC
    await b.writeDeviceFile({}, null);
    const a = transport(dir, 'dev-a');
    await a.join();
    const pulled = await a.pull({});
    expect(pulled.ops.map((o) => o.id)).toEqual([honest.id]);
    expect(pulled.cursors['dev-b']).toBe(2); // the segment is done: not read again every round
    expect(pulled.errors.map((e) => `${e.deviceId}: ${e.reason}`)).toEqual(['dev-b: 1 changes claim another PC (dev-c) and were refused']);
  });

  it('a snapshot holding changes of a PC it does not cover: those are refused, the rest joins', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'own-snap-'));
    const b = transport(dir, 'dev-b');
    await b.join();
    const covered = op('dev-b');
    const smuggled = op('dev-x');
    await b.push([covered]);
    await b.writeDeviceFile({}, null);
    const { text, hash } = encodeSnapshot({ 'dev-b': 1 }, [covered, smuggled], 1);
    await writeFile(join(dir, SHARE_DIR, 'snap', `${hash}.snap`), text);
    const a = transport(dir, 'dev-a');
    await a.join();
    const pulled = await a.pull({}, { useSnapshot: true });
    expect(pulled.snapshot).toBe(hash);
    expect(pulled.ops.map((o) => o.id)).toEqual([covered.id]);
    expect(pulled.errors.map((e) => e.reason)).toEqual(['1 changes of PCs the snapshot does not cover were refused']);
  });

  it('a clone writes before its first round: the round takes the new id, its changes go out under it, and no error is shown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'own-clone-'));
    const a = await makePc('a', dir);
    await a.repos.cases.create(intake({ customerName: '原机客户' }));
    await a.round();
    const twin = await clonePc(a, 'a-twin', dir);
    const made = await twin.repos.cases.create(intake({ customerName: '克隆机上的客户' }));
    const report = await twin.round();
    const newId = twin.settings.get().deviceId;
    expect(report.renewedFrom).toBe(a.settings.get().deviceId);
    expect(report.pushError).toBeNull();
    expect(await twin.sync.pendingCount()).toBe(0);
    await a.round();
    const history = await a.repos.cases.history(made.id);
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((h) => JSON.stringify(h).includes(newId))).toBe(true);
  }, 60_000);
});
