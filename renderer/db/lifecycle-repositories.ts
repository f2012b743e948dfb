/**
 * The lifecycle repositories (see lifecycle-types.ts for the contract).
 * Work in progress: implementation follows.
 */
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import type { Repositories, WriteContext } from './types';

type LifecycleRepos = Pick<Repositories, 'lifecycle' | 'returns' | 'responsibility' | 'costs' | 'actions' | 'replies' | 'surveys' | 'attachments'>;

function notYet(): never {
  throw new Error('lifecycle repositories: not implemented yet');
}

export function createLifecycleRepositories(_db: DeskDatabase, _writer: OpsWriter, _getContext: () => WriteContext): LifecycleRepos {
  const handler: ProxyHandler<object> = { get: () => notYet };
  const stub = <T>() => new Proxy({}, handler) as T;
  return {
    lifecycle: stub(),
    returns: stub(),
    responsibility: stub(),
    costs: stub(),
    actions: stub(),
    replies: stub(),
    surveys: stub(),
    attachments: stub(),
  };
}
