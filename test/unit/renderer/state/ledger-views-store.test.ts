import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../../renderer/state/ledger-filter';
import { createLedgerViewsStore, LEDGER_VIEWS_KEY, parseViews } from '../../../../renderer/state/ledger-views-store';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

const urgent = { ...EMPTY_FILTERS, severity: 'urgent' as const, overdueOnly: true };

describe('saved ledger views', () => {
  it('saves, replaces by name, reloads from storage and deletes', () => {
    const storage = fakeStorage();
    const store = createLedgerViewsStore(storage);
    expect(store.getState().views).toEqual([]);
    expect(store.getState().save('  紧急逾期 ', 'kx', urgent)).toBe(true);
    expect(store.getState().save('   ', '', urgent)).toBe(false);
    store.getState().save('QE', '', { ...EMPTY_FILTERS, department: 'quality' });
    store.getState().save('紧急逾期', '', urgent);
    expect(store.getState().views.map((v) => v.name)).toEqual(['QE', '紧急逾期']);

    const again = createLedgerViewsStore(storage);
    expect(again.getState().views).toEqual(store.getState().views);
    expect(again.getState().views[1]).toEqual({ name: '紧急逾期', query: '', filters: urgent });

    again.getState().remove('QE');
    expect(createLedgerViewsStore(storage).getState().views.map((v) => v.name)).toEqual(['紧急逾期']);
  });

  it('ignores bad stored JSON and bad entries', () => {
    expect(createLedgerViewsStore(fakeStorage({ [LEDGER_VIEWS_KEY]: '{not json' })).getState().views).toEqual([]);
    expect(parseViews('{"name":"x"}')).toEqual([]);
    expect(parseViews('null')).toEqual([]);
    const views = parseViews(JSON.stringify([null, 3, { name: '' , filters: {} }, { name: 'a', filters: 'x' }, { name: 'ok', filters: { severity: 'nope', overdueOnly: true } }, { name: 'ok', filters: {} }]));
    expect(views).toEqual([{ name: 'ok', query: '', filters: { ...EMPTY_FILTERS, overdueOnly: true } }]);
  });

  it('keeps working when the storage throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    const store = createLedgerViewsStore(broken);
    expect(store.getState().views).toEqual([]);
    expect(store.getState().save('v', '', urgent)).toBe(true);
    expect(store.getState().views).toHaveLength(1);
  });
});
