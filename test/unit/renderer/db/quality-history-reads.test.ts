/** The 品质履历表's reads: every record of many cases in one go, through the real repositories. */
import { describe, expect, it } from 'vitest';
import { historyEntry } from '../../../../shared/domain/quality-history/entry';
import { fillThroughD7 } from './eightd-helpers';
import { intake, openHarness } from './helpers';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('quality history reads', () => {
  it('loads each case with its lifecycle, actions, 8D bundles and attachments, in the order asked, leaving out deleted cases', async () => {
    const h = await openHarness();
    const first = await h.repos.cases.create(intake());
    const second = await h.repos.cases.create(intake());
    const gone = await h.repos.cases.create(intake());
    const report = await h.repos.eightD.open(first.id, '外壳开裂');
    await fillThroughD7(h, report);
    await h.repos.actions.add(second.id, { kind: 'containment', description: '在途品拦截', owner: '王五', department: null, dueDate: '2026-11-30' });
    await h.repos.attachments.add(second.id, { ownerId: second.id, fileName: '外观.png', mimeType: 'image/png', bytes: PNG });
    await h.repos.cases.remove(gone.id);

    const sources = await h.repos.qualityHistory.sources([second.id, gone.id, first.id, 'unknown']);
    expect(sources.map((s) => s.case.caseNumber)).toEqual([second.caseNumber, first.caseNumber]);
    const [b, a] = sources.map(historyEntry);
    expect(a).toMatchObject({ eightDNumbers: [report.number], occurrenceCause: '模温过低', escapeCause: '出货检验未覆盖', temporaryMeasures: ['库存挑选'], effect: 'effective' });
    expect(a!.permanentMeasures).toEqual(['模温控制器加装报警', '更新 PFMEA 模温失效模式']);
    expect(b).toMatchObject({ temporaryMeasures: ['在途品拦截'], effect: 'none', eightDNumbers: [] });
    expect(b!.photos.map((p) => p.fileName)).toEqual(['外观.png']);
    expect(await h.repos.qualityHistory.sources([])).toEqual([]);
  });
});
