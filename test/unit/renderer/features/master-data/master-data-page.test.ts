import { describe, expect, it } from 'vitest';
import { draftToInput, entryToDraft, splitList } from '../../../../../renderer/features/master-data/entryDraft';
import { visibleEntries } from '../../../../../renderer/features/master-data/visibleEntries';
import { changedFields } from '../../../../../renderer/ui/form/useFieldDraft';
import type { MasterEntry } from '../../../../../shared/domain/master-data/entry';
import { DEFAULT_MASTER_ENTRIES } from '../../../../../shared/domain/master-data/seed';
import { buildTypeaheadIndex } from '../../../../../shared/domain/master-data/typeahead';

const huawei: MasterEntry = { id: 'c1', kind: 'customer', code: 'C1', name: '华为', aliases: ['华为技术'], active: true, confirmed: true, parentId: '', market: 'foreign', toleranceOverPercent: 5 };

describe('字典 page: the entry form', () => {
  it('splits lists on commas, semicolons (also full-width) and new lines', () => {
    expect(splitList('a, b，c；d\n e \n')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('an edit sends only the changed fields, with what the form showed', () => {
    const shown = entryToDraft(huawei, 'customer');
    const mine = draftToInput({ ...shown, aliases: '华为技术\n华为公司', toleranceUnderPercent: '2' }, 'customer');
    expect(changedFields(mine.input, draftToInput(shown, 'customer').input)).toEqual({
      patch: { aliases: ['华为技术', '华为公司'], toleranceUnderPercent: 2 },
      seen: { aliases: ['华为技术'], toleranceUnderPercent: null },
    });
  });

  it('a percentage that is no number is refused before the repository is asked', () => {
    expect(draftToInput({ ...entryToDraft(null, 'customer'), toleranceOverPercent: 'abc' }, 'customer').errors).toEqual({ toleranceOverPercent: 'invalidPercent' });
    // Other kinds carry no customer fields.
    expect(draftToInput(entryToDraft(null, 'department'), 'department').input).toEqual({ code: '', name: '', aliases: [] });
  });
});

describe('字典 page: the rows', () => {
  it('shows defect types as two levels, each level 1 followed by its level 2', () => {
    const { rows } = visibleEntries('defectType', DEFAULT_MASTER_ENTRIES, '', () => buildTypeaheadIndex([]), 100);
    expect(rows.slice(0, 3).map((r) => [r.level, r.entry.name, r.parentName])).toEqual([
      [1, '外观', ''],
      [2, '划伤', '外观'],
      [2, '脏污', '外观'],
    ]);
  });

  it('a search lists the best matches (pinyin initials too)', () => {
    const entries = [...DEFAULT_MASTER_ENTRIES, huawei];
    const index = () => buildTypeaheadIndex(entries.filter((e) => e.kind === 'defectType'));
    expect(visibleEntries('defectType', entries, 'hs', index, 10).rows.map((r) => r.entry.name)).toEqual(['划伤']);
  });
});
