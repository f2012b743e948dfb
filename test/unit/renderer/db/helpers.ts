import { CLERK_ROLES, type ClerkRole } from '../../../../shared/domain/clerks/roles';
import type { SigningInput } from '../../../../renderer/db/signing-input';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { emptyIntake, type CaseIntake } from '../../../../shared/domain/case';
import { createRepositories, openDeskDatabase, type DeskDatabase, type Repositories, type WriteContext } from '../../../../renderer/db';

export const DEVICE = '11111111-1111-4111-8111-111111111111';
/** 2026-11-23 10:00 China time. */
export const T0 = Date.parse('2026-11-23T10:00:00+08:00');

export interface Harness {
  db: DeskDatabase;
  repos: Repositories;
  ctx: WriteContext & { now: () => number };
  setNow(ms: number): void;
  /** A fresh DeskDatabase + repositories on the same IndexedDB (an app restart). */
  reopen(): Promise<Harness>;
}

let counter = 0;

/** A database of its own (own IDBFactory), with a settable clock. */
export async function openHarness(over: Partial<WriteContext> = {}, factory = new IDBFactory(), name = `desk-test-${++counter}`): Promise<Harness> {
  const db = await openDeskDatabase(name, { indexedDB: factory, IDBKeyRange });
  let now = T0;
  const ctx = { deviceId: DEVICE, stationCode: 'B', caseNumberPattern: '{YY}{MM}-{STATION}-{SEQ:3}', user: '张三', now: () => now, ...over };
  const repos = createRepositories(db, () => ctx);
  return {
    db,
    repos,
    ctx,
    setNow: (ms) => {
      now = ms;
    },
    reopen: async () => {
      db.close();
      return openHarness(over, factory, name);
    },
  };
}

export function intake(over: Partial<CaseIntake> = {}): CaseIntake {
  return {
    ...emptyIntake('2026-11-23T09:30:00+08:00'),
    customerName: '宁波某电器有限公司',
    contactPerson: '王经理',
    contactDetail: '13800000000',
    productModel: 'KX-200',
    partNumber: 'P-1001',
    orderNumber: 'SO-2026-0001',
    lotNumber: 'L2611A',
    defectDescription: '外壳开裂',
    customerRequests: ['return'],
    quantityDelivered: 1000,
    quantityInspected: 200,
    quantityDefective: 12,
    ...over,
  };
}

export async function counts(db: DeskDatabase): Promise<{ cases: number; ops: number; meta: number; clerks: number }> {
  return { cases: await db.cases.count(), ops: await db.ops.count(), meta: await db.meta.count(), clerks: await db.clerks.count() };
}

/** A harness whose write context is a signed-in admin (its first clerk): the office's rules and master data are theirs to change. */
/** The password of the clerks the harness signs in (openAdminHarness, signedIn). */
export const SIGNER_PASSWORD = 'admin-pass';

/**
 * Signed steps need a signed-in clerk who re-enters their password (issue
 * 16.4): signs the harness in as the first clerk (admin) holding every role,
 * once, and gives the signing input of a step.
 */
export async function sign(h: Harness, meaning = '签名'): Promise<SigningInput> {
  if (!h.ctx.clerkId) {
    const clerk = await h.repos.clerks.createFirst({ name: h.ctx.user || '张三', department: '品质部' }, SIGNER_PASSWORD);
    h.ctx.clerkId = clerk.id;
    await h.repos.clerks.setRoles(clerk.id, [...CLERK_ROLES]);
  }
  return { password: SIGNER_PASSWORD, meaning };
}

/** Signs the harness in as a new clerk holding just `roles` (added by the admin of sign()); their password is SIGNER_PASSWORD too. */
export async function signInWithRoles(h: Harness, name: string, roles: ClerkRole[]): Promise<string> {
  await sign(h);
  h.ctx.clerkId = (await h.repos.clerks.list()).find((c) => c.roles.includes('admin'))!.id;
  const clerk = await h.repos.clerks.create({ name, department: '品质部', roles }, SIGNER_PASSWORD);
  h.ctx.clerkId = clerk.id;
  h.ctx.user = name;
  return clerk.id;
}

export async function openAdminHarness(...args: Parameters<typeof openHarness>): Promise<Harness> {
  const h = await openHarness(...args);
  const admin = await h.repos.clerks.createFirst({ name: h.ctx.user || '管理员', department: '品质部' }, SIGNER_PASSWORD);
  h.ctx.clerkId = admin.id;
  return h;
}
