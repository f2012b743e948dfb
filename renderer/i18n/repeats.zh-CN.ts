/** Repeat complaints texts (issue 17.2), spread into zh-CN.ts. */
export const repeatsZhCN = {
  repeats: {
    windowDays: '重复投诉判定天数',
    windowHelp: '同一客户、同一型号、同一不良类型的投诉在此天数内（按工厂日历，含当天）再次发生即标为重复投诉',
    windowRange: '请填写 1 到 365 之间的整数',
    officeValue: '{{count}} 天内',
    chip: '重复',
    filter: '仅重复投诉',
    caseRepeats: '重复投诉：与 {{caseNumber}} 相同（客户、型号、不良），相隔 {{days}} 天（{{window}} 天内第 {{occurrence}} 次）',
    caseRepeated: '此问题在 {{window}} 天内再次发生（客户、型号、不良相同）',
    earlier: '之前的案件：',
    later: '之后重复的案件：',
    linkText: '{{caseNumber}}（相隔 {{days}} 天）',
  },
} as const;
