/**
 * The change feed of one desk database. After each committed transaction
 * that wrote records — a clerk's save, a merge from the share, a rebuild —
 * it publishes what changed: the ids of the records written or deleted and
 * the case / report / record they belong to (their caseId, reportId and
 * entityId values), and apart from those the ids of cases whose own record
 * was written (the ledger rows to patch). Pages re-read what they show by
 * id; the ledger store patches those rows.
 *
 * It is a DBCore middleware: it sees every write of every repository, so no
 * write path can forget to publish, and a transaction that rolls back
 * publishes nothing (listeners run on the transaction's `complete`). Changes
 * of transactions that complete close together are published as one set,
 * after the current task.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

export interface ChangeSet {
  /** Ids of cases whose stored case record was written (added, changed, tombstoned or deleted). */
  readonly cases: ReadonlySet<string>;
  /** Every id touched: record keys and the case, report or record each written record belongs to. */
  readonly ids: ReadonlySet<string>;
  /** The tables written (a store of one table skips the changes of the others). */
  readonly tables: ReadonlySet<string>;
}

export type ChangeListener = (changes: ChangeSet) => void;

/** Tables whose writes are bookkeeping, not records a page shows. */
const UNTRACKED = new Set(['ops', 'meta', 'blobs', 'quarantine']);
/** Fields that name the record a written record belongs to. */
const OWNER_FIELDS = ['caseId', 'reportId', 'entityId'] as const;

interface Collected {
  cases: Set<string>;
  ids: Set<string>;
  tables: Set<string>;
}

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private queued: Collected | null = null;
  private waiting: (() => void)[] = [];

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves once every change committed so far has reached the listeners
   * (at once when nothing is queued): "has it been announced?" without
   * guessing how long that takes.
   */
  published(): Promise<void> {
    if (!this.queued) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Called once per committed transaction (middleware). */
  publish(changes: Collected): void {
    if (changes.ids.size === 0) return;
    if (this.queued) {
      for (const id of changes.cases) this.queued.cases.add(id);
      for (const id of changes.ids) this.queued.ids.add(id);
      for (const name of changes.tables) this.queued.tables.add(name);
      return;
    }
    this.queued = { cases: new Set(changes.cases), ids: new Set(changes.ids), tables: new Set(changes.tables) };
    setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    const changes = this.queued;
    const waiting = this.waiting;
    this.queued = null;
    this.waiting = [];
    if (changes) {
      for (const listener of [...this.listeners]) {
        try {
          listener(changes);
        } catch (error) {
          console.error('A change listener failed', error);
        }
      }
    }
    for (const resolve of waiting) resolve();
  }
}

function collectInto(target: Collected, table: DBCoreTable, req: DBCoreMutateRequest): void {
  const isCases = table.name === 'cases';
  target.tables.add(table.name);
  const add = (key: unknown) => {
    if (typeof key !== 'string') return;
    target.ids.add(key);
    if (isCases) target.cases.add(key);
  };
  if (req.type === 'delete') {
    for (const key of req.keys) add(key);
    return;
  }
  if (req.type === 'deleteRange') return; // not used by the repositories (clear() of a whole table)
  const extract = table.schema.primaryKey.extractKey;
  req.values.forEach((value: Record<string, unknown>, i) => {
    add(req.keys?.[i] ?? extract?.(value));
    for (const field of OWNER_FIELDS) {
      const owner = value?.[field];
      if (typeof owner === 'string') target.ids.add(owner);
    }
  });
}

interface EventTargetLike {
  addEventListener(type: 'complete', listener: () => void): void;
}

/** The middleware that feeds `feed` (DeskDatabase registers it). */
export function changeFeedMiddleware(feed: ChangeFeed): Middleware<DBCore> {
  const pending = new WeakMap<object, Collected>();
  return {
    stack: 'dbcore',
    name: 'changeFeed',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (UNTRACKED.has(name)) return table;
        return {
          ...table,
          mutate: (req) => {
            const trans = req.trans as unknown as EventTargetLike & object;
            let collected = pending.get(trans);
            if (!collected) {
              collected = { cases: new Set(), ids: new Set(), tables: new Set() };
              pending.set(trans, collected);
              const mine = collected;
              trans.addEventListener('complete', () => feed.publish(mine));
            }
            collectInto(collected, table, req);
            return table.mutate(req);
          },
        };
      },
    }),
  };
}
