import { describe, expect, it } from 'vitest';
import { isInspectionNotPrevention } from '../../../../../shared/domain/eightd/prevention';
import { validatePrevention } from '../../../../../shared/domain/eightd/validation';
import { prevention } from './fixtures';

describe('"more inspection" / audits are not prevention (seed 002 D7 b)', () => {
  it.each([
    '加强检验',
    '增加检验频次',
    '加严检验',
    '出货前全检',
    '100%检验外观',
    '１００％检验', // full-width
    '增加抽检比例',
    '加强出货检验',
    '增加对外壳的外观检查',
    '提高巡检频率',
    '品质部每周稽核一次',
    '提高审核频次',
    '增加工艺审核',
    'More inspection at final assembly',
    'Additional inspection of the housing',
    '100% inspection of all lots',
    '100 % visual inspection before shipment',
    'Increase inspection frequency to every hour',
    'Tightened inspection for three months',
    'Tighten the final inspection',
    'Inspection will be tightened at IQC',
    'Extra checks by the operator',
    'Quarterly process audit by QA',
    'Add a layered process audit',
    'Inspect every part before packing',
  ])('refuses %s', (text) => {
    expect(isInspectionNotPrevention(text)).toBe(true);
    expect(validatePrevention(prevention({ description: text }))).toEqual({ description: 'inspectionIsNotPrevention' });
  });

  it.each([
    '更新PFMEA检验项目的探测度',
    '更新 PFMEA：模温失效模式，严重度 7，发生度由 5 降为 2',
    '控制计划增加模温监控参数',
    '修订作业指导书 WI-023：注塑前确认模温',
    '模具加装温度传感器与报警（防错）',
    '增加防错检测装置，缺件自动停线',
    '以防错装置取代人工全检',
    '设计变更：加厚卡扣根部 R 角',
    '新员工上岗培训增加外壳应力知识',
    '规格书更新检验标准的引用版本',
    'Update PFMEA detection rating of the inspection step',
    'Update the control plan with mould temperature monitoring',
    'Add a sensor check that stops the press (poka-yoke)',
    'Replace 100% inspection by an error-proofing fixture',
    'Revise work instruction WI-023 and train operators',
    'Design change: thicker snap-fit root',
    'Inspection fixture redesigned so the wrong part cannot be loaded',
  ])('accepts %s', (text) => {
    expect(isInspectionNotPrevention(text)).toBe(false);
    expect(validatePrevention(prevention({ description: text }))).toEqual({});
  });
});
