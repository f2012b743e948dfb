/** Statistics and the monthly report (issue 17), spread into zh-CN.ts. */
export const statisticsZhCN = {
  statistics: {
    shipments: {
      title: '出货数据',
      intro: '每月按客户、型号录入出货数量和批数，用于计算客诉率（投诉件数 ÷ 出货批数）和 PPM（不良数 ÷ 出货数 × 1,000,000）。同一月份、客户、型号再次录入即修改原数据。',
      month: '月份',
      customer: '客户',
      model: '型号',
      modelOptional: '型号（空 = 全部型号）',
      allModels: '全部型号',
      quantity: '出货数量',
      lots: '出货批数',
      save: '保存',
      saved: '出货数据已保存',
      failed: '出货数据未保存：{{message}}',
      remove: '删除此行',
      none: '{{month}} 还没有出货数据。',
      errors: {
        invalid: '请输入 0 或正整数',
        required: '必填',
        tooLong: '太长了',
        moreThanQuantity: '批数不能多于出货数量',
        notSignedIn: '请先登录。',
      },
    },
  },
} as const;
