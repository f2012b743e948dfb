/** import_closed: a registered case closed by a 台账 import — written by the import only, never offered as a button. */
import { describe, expect, it } from 'vitest';
import { applyTransition, availableActions } from '../../../../../shared/domain/lifecycle/machine';
import { view } from './fixtures';

describe('import_closed', () => {
  it('closes a registered case with its reason and is never among the available actions', () => {
    const result = applyTransition(view({ state: 'registered' }), { action: 'import_closed', reason: '导入：原台账已结案' }, '张三', '2019-01-20T10:00:00.000Z', 't1');
    expect(result.ok && [result.value.from, result.value.to, result.value.round, result.value.at]).toEqual(['registered', 'closed', 1, '2019-01-20T10:00:00.000Z']);
    expect(availableActions(view({ state: 'registered' })).map((a) => a.action)).not.toContain('import_closed');
  });

  it('is refused on a case already in progress', () => {
    const result = applyTransition(view({ state: 'analysis' }), { action: 'import_closed', reason: 'x' }, '张三', '2019-01-20T10:00:00.000Z', 't1');
    expect(result.ok).toBe(false);
  });
});
