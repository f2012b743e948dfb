/** An archived case printed from its archive records (issue 20.6 follow-up): the form the print dialog builds says 归档副本 on every copy. */
import { describe, expect, it } from 'vitest';
import { buildForm, type BuildOptions } from '../../../../../renderer/features/print/buildForm';
import { LIFECYCLE_ENTITY_TABLES } from '../../../../../renderer/db/lifecycle-projection';
import { ARCHIVE_EIGHTD_TABLES, ARCHIVE_VIEW_TABLES, archivedEightDs } from '../../../../../shared/domain/retention/archived-case';
import { EIGHTD_ENTITY_TABLES } from '../../../../../renderer/db/eightd-store';
import { defaultSettings } from '../../../../../shared/domain/settings';
import { CASE } from '../../../shared/forms/eightd-fixture';
import { visibleText } from '../../../shared/forms/fixtures';
import { eightDRecords, fileOf, ID, records } from '../../../shared/domain/retention/archive-fixtures';
import { archivedEightDData } from '../../../../../renderer/features/print/archivedEightD';

describe('the archive tables the print view reads', () => {
  it('the 8D tables by the working database names', () => {
    expect(Object.values(ARCHIVE_EIGHTD_TABLES).sort()).toEqual(Object.values(EIGHTD_ENTITY_TABLES).sort());
  });

  it('reads the archive tables by the working database names (a table renamed there must be renamed here)', () => {
    const { lifecycle: lifecycleTable, ...lists } = ARCHIVE_VIEW_TABLES;
    expect(lifecycleTable).toBe(LIFECYCLE_ENTITY_TABLES.caseLifecycle);
    expect(Object.values(lists).sort()).toEqual(Object.values(LIFECYCLE_ENTITY_TABLES).filter((t) => t !== 'caseLifecycles' && t !== 'attachments').sort());
  });
});

describe('buildForm of an archived case: the reprint says so on every copy', () => {
  const SETTINGS = defaultSettings('11111111-1111-4111-8111-111111111111');
  const COPY = { fileName: 'qarc-B-20261203-101500.qarc', archivedOn: '2026-12-03' };
  const options = (kind: BuildOptions['kind'], over: Partial<BuildOptions> = {}): BuildOptions => ({
    kind, paper: { kind: 'a4', orientation: 'portrait' }, copies: 2, blankSurvey: false, clerkName: '王丽', now: new Date('2026-12-03T02:00:00.000Z'), deadlines: [], archiveCopy: COPY, ...over,
  });
  const LINE = '归档副本 · qarc-B-20261203-101500.qarc · 归档于 2026-12-03';

  it('客户投诉处理单 from the archive records: the case, its RMA number and the 归档副本 line on both copies', () => {
    const file = fileOf(records());
    const text = visibleText(buildForm(file.case, file.view, SETTINGS, options('complaint')).html);
    for (const s of ['客户投诉处理单', '2611-B-007', CASE.customerName, 'RMA1907-B-001']) expect(text).toContain(s);
    expect(text.split(LINE)).toHaveLength(3);
  });

  it('on label paper too, which prints no footer', () => {
    const file = fileOf(records());
    const text = visibleText(buildForm(file.case, file.view, SETTINGS, options('complaint', { copies: 1, paper: { kind: 'label100x150', orientation: 'portrait' } })).html);
    expect(text).not.toContain('打印 Printed');
    expect(text).toContain(LINE);
  });

  it('送货单 and 退货检验报告 from the archive records carry it too; the same form of a live case does not', () => {
    const file = fileOf(records());
    const note = visibleText(buildForm(file.case, file.view, SETTINGS, options('deliveryNote', { copies: 1 })).html);
    expect(note).toContain('DN-0715');
    expect(note).toContain(LINE);
    expect(visibleText(buildForm(file.case, file.view, SETTINGS, options('inspection', { copies: 1 })).html)).toContain(LINE);
    const { archiveCopy: _none, ...live } = options('complaint');
    expect(visibleText(buildForm(file.case, file.view, SETTINGS, live).html)).not.toContain('归档副本');
  });

  it('the archive file name is escaped like every other printed value', () => {
    const file = fileOf(records());
    const html = buildForm(file.case, file.view, SETTINGS, options('complaint', { archiveCopy: { fileName: '<b>x</b>.qarc', archivedOn: '2026-12-03' } })).html;
    expect(html).not.toContain('<b>x</b>');
    expect(visibleText(html)).toContain('<b>x</b>.qarc');
  });

  it('the 8D report gathered from the archive prints with the line', async () => {
    const r = { ...records(), ...eightDRecords() };
    const file = fileOf(r);
    const report = archivedEightDs(r, ID).at(-1)!;
    const data = await archivedEightDData({ records: r, blobs: new Map() }, file.case, report, SETTINGS, '王丽', '2026-12-03T10:00:00+08:00');
    const text = visibleText(buildForm(file.case, file.view, SETTINGS, options('eightD', { copies: 1, eightD: data })).html);
    expect(text).toContain('8D20261120001');
    expect(text).toContain('包装内衬厚度不足');
    expect(text).toContain(LINE);
  });
});
