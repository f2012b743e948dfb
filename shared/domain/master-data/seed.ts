/**
 * The default master data every PC starts with (issue 16): a two-level
 * defect-type list, the 5M1E root-cause categories and the usual
 * departments. The ids are FIXED, so two PCs that seed offline hold the same
 * records, never duplicates. Released entries are never changed or removed
 * here (PCs compare them field by field): only new ones are added. Pure.
 */
import type { MasterEntry, MasterKind } from './entry';

type SeedLine = readonly [id: string, code: string, name: string, aliases?: readonly string[]];

const entry = (kind: MasterKind, [id, code, name, aliases = []]: SeedLine, parentId = ''): MasterEntry => ({
  id: `seed-${id}`,
  kind,
  code,
  name,
  aliases: [...aliases],
  active: true,
  confirmed: true,
  parentId: parentId === '' ? '' : `seed-${parentId}`,
});

/** Level 1 with its level-2 entries. */
const DEFECT_TYPES: readonly (readonly [SeedLine, readonly SeedLine[]])[] = [
  [['defect-A', 'A', '外观'], [
    ['defect-A01', 'A01', '划伤', ['刮伤', '划痕']],
    ['defect-A02', 'A02', '脏污', ['污渍']],
    ['defect-A03', 'A03', '变形'],
    ['defect-A04', 'A04', '色差'],
    ['defect-A05', 'A05', '毛刺', ['披锋']],
    ['defect-A06', 'A06', '缺料'],
  ]],
  [['defect-F', 'F', '功能'], [
    ['defect-F01', 'F01', '不通电', ['不上电']],
    ['defect-F02', 'F02', '异响'],
    ['defect-F03', 'F03', '功能失效'],
    ['defect-F04', 'F04', '接触不良'],
    ['defect-F05', 'F05', '性能不达标'],
  ]],
  [['defect-D', 'D', '尺寸'], [
    ['defect-D01', 'D01', '尺寸超差'],
    ['defect-D02', 'D02', '装配不良', ['装不上']],
  ]],
  [['defect-M', 'M', '漏装/错装'], [
    ['defect-M01', 'M01', '漏装', ['少装']],
    ['defect-M02', 'M02', '错装', ['混料']],
  ]],
  [['defect-P', 'P', '包装/标签'], [
    ['defect-P01', 'P01', '包装破损'],
    ['defect-P02', 'P02', '标签错误', ['标识错误']],
    ['defect-P03', 'P03', '数量不符', ['少数']],
  ]],
];

/** 5M1E (D4 root cause). */
const ROOT_CAUSES: readonly SeedLine[] = [
  ['root-man', 'MAN', '人', ['人员']],
  ['root-machine', 'MACHINE', '机', ['设备']],
  ['root-material', 'MATERIAL', '料', ['物料', '材料']],
  ['root-method', 'METHOD', '法', ['方法', '工艺']],
  ['root-environment', 'ENVIRONMENT', '环', ['环境']],
  ['root-measurement', 'MEASUREMENT', '测', ['测量']],
];

const DEPARTMENTS: readonly SeedLine[] = [
  ['dept-quality', 'QA', '品质部', ['品质', '质量部']],
  ['dept-production', 'PROD', '生产部', ['生产', '分厂']],
  ['dept-engineering', 'ENG', '工程部', ['技术部']],
  ['dept-purchasing', 'PUR', '采购部', ['采购']],
  ['dept-warehouse', 'WH', '仓库', ['仓储']],
  ['dept-sales', 'SALES', '业务部', ['销售', '销售部']],
  ['dept-planning', 'PLAN', '计划科', ['计划']],
];

export const DEFAULT_MASTER_ENTRIES: readonly MasterEntry[] = [
  ...DEFECT_TYPES.flatMap(([top, children]) => [entry('defectType', top), ...children.map((c) => entry('defectType', c, top[0]))]),
  ...ROOT_CAUSES.map((line) => entry('rootCause', line)),
  ...DEPARTMENTS.map((line) => entry('department', line)),
];

const byId: ReadonlyMap<string, MasterEntry> = new Map(DEFAULT_MASTER_ENTRIES.map((e) => [e.id, e]));

/** The seed's entry of this id (a copy), or undefined. */
export function seedEntryOf(id: string): MasterEntry | undefined {
  const found = byId.get(id);
  return found && { ...found, aliases: [...found.aliases] };
}
