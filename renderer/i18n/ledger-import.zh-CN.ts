/**
 * Texts of the Excel 台账 import (issue 18.2, shared/workbook/ledger-import):
 * why a file is refused, the warnings of reading it, why a sheet or row is
 * skipped, the import fields and the reasons a row is refused (its codes and
 * params). Used by the import wizard and to word the 错误原因 column. Each
 * list is checked against the codes the import can give.
 */
import type { WorkbookRefusalCode } from '../../shared/workbook/ledger-import/guard';
import type { SkippedRowReason, SkippedSheetReason } from '../../shared/workbook/ledger-import/layout';
import type { NamedKind } from '../../shared/workbook/ledger-import/names';
import type { ReadWarningCode } from '../../shared/workbook/ledger-import/read';
import type { RowProblemCode } from '../../shared/workbook/ledger-import/rows';

export const ledgerImportZhCN = {
  ledgerImport: {
    refusal: {
      tooLarge: '文件太大（最多 {{maxMegabytes}} MB）',
      legacyXls: '这是旧版 Excel 97–2003 文件（.xls）：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入',
      encrypted: '工作簿设有打开密码：请在 Excel 中去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后再导入',
      notWorkbook: '不是 Excel 工作簿（.xlsx）',
      damaged: '文件已损坏，无法读取：请在 Excel 中打开，另存为 .xlsx 后再试',
      unpackedTooLarge: '文件解压后太大（最多 {{maxMegabytes}} MB）',
      tooManyRows: '行数太多（所有工作表合计最多 {{maxRows}} 行）：请分成几个文件导入',
      noSheet: '文件中没有所选的工作表',
    } satisfies Record<WorkbookRefusalCode, string>,
    warnings: {
      imagesIgnored: '工作表「{{sheet}}」中的 {{count}} 张图片不导入',
      formulaWithoutValue: '「{{sheet}}」第 {{row}} 行第 {{column}} 列的公式 {{text}} 没有计算结果（请在 Excel 中打开并保存一次）',
      errorValue: '「{{sheet}}」第 {{row}} 行第 {{column}} 列是错误值 {{text}}',
    } satisfies Record<ReadWarningCode, string>,
    skippedSheet: {
      summarySheet: '汇总表，不导入',
      hiddenSheet: '隐藏的工作表（多为下拉列表的数据），不导入；要导入请先在 Excel 中取消隐藏',
      noHeader: '前 10 行中没有列名行（如 客户、投诉日期、型号），不导入',
    } satisfies Record<SkippedSheetReason, string>,
    skippedRow: {
      totalRow: '合计行',
      headerRepeat: '重复的列名行',
    } satisfies Record<SkippedRowReason, string>,
    fields: {
      originalNumber: '原投诉编号',
      receivedDate: '投诉日期',
      customerName: '客户',
      productModel: '型号',
      partNumber: '料号',
      lotNumber: '批号',
      orderNumber: '订单号',
      shipDate: '出货日期',
      quantityDelivered: '交货数',
      quantityInspected: '抽检数',
      quantityDefective: '不良数',
      defectType: '不良类型',
      defectDescription: '不良现象',
      contactPerson: '联系人',
      market: '国内/国外',
      customerRequests: '客户要求',
      responsibleDepartments: '责任部门',
      status: '状态',
      closedDate: '结案日期',
      contactChannel: '联系方式',
      foundAt: '发现地点',
      occurrence: '首次/重复',
    },
    codes: {
      required: '必填',
      tooLong: '内容过长',
      notAnInteger: '请填写整数',
      negative: '不能为负数',
      inspectedExceedsDelivered: '抽检数不能大于交货数',
      defectiveExceedsInspected: '不良数不能大于抽检数（或交货数）',
      invalidDate: '不是有效的日期（如 2019-07-09、2019/7/9、2019年7月9日）',
      invalidDateTime: '不是有效的日期时间',
      yearUnknown: '日期没有年份，工作表名和文件名中也没有年份',
      invalidNumber: '不是有效的数量',
      formulaWithoutValue: '公式没有计算结果（请在 Excel 中打开并保存一次）',
      errorValue: '单元格是错误值',
      shipDateAfterReceived: '出货日期不能晚于投诉日期',
      receivedInFuture: '投诉日期不能晚于现在',
      invalidChoice: '无法识别此值',
      requestRequired: '缺少客户要求（可在导入设置中指定默认值）',
      quantityRequired: '请填写不良数，数量未定时写「待定」',
      closedBeforeReceived: '结案日期早于投诉日期',
      closedInFuture: '结案日期晚于今天',
      closedDateOnOpenCase: '状态为未结案，却有结案日期',
      duplicateInWorkbook: '与「{{sheet}}」第 {{row}} 行是同一投诉',
    } satisfies Record<RowProblemCode, string>,
    unknownKinds: {
      customer: '客户',
      productModel: '型号',
      defectType: '不良类型',
      department: '责任部门',
    } satisfies Record<NamedKind, string>,
    missingColumns: '没有对应到这些必填项的列，所有行都会被拒绝：{{fields}}',
    problem: '「{{sheet}}」第 {{row}} 行 {{field}}：{{reason}}',
  },
} as const;
