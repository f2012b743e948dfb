/** Electronic signatures and their checks (issue 16.5): the case's signature list and the workbench card, spread into zh-CN.ts. */
export const signaturesZhCN = {
  signatures: {
    title: '电子签名',
    verified: '已验证',
    unverified: '未验证',
    by: '{{name}}（{{role}}）',
    unknownRole: '未知角色',
    unknownStep: '未知步骤',
    unknownTime: '时间不明',
    caseAlert: '本案有 {{count}} 个未验证的签名：签名时的经办人名单或核决权限不支持它。请在“变更记录”中查看。',
    steps: {
      approveReturn: '批准退货',
      rejectReturn: '驳回退货',
      approveEightD: '批准 8D 报告',
      closeEightD: '关闭 8D 报告',
      reopenEightD: '修订 8D 报告（重新打开）',
      closeCase: '结案',
      acceptDisposition: '确认处置',
      confirmCosts: '确认费用',
    },
    reasons: {
      malformed: '签名记录不完整或格式不对。',
      missingOp: '找不到写入此签名的变更记录。',
      altered: '签名在写入后被改动过。',
      authorMismatch: '写入签名的不是签名人本人。',
      unknownClerk: '签名时经办人名单中没有此人（未经管理员添加）。',
      inactiveClerk: '签名时此经办人已停用。',
      roleMissing: '签名时此经办人没有这个角色（未经管理员授予）。',
      roleNotAllowed: '按签名时的核决权限，这个角色不能签此步骤或此金额。',
    },
    workbench: {
      title: '未验证的签名',
      none: '没有未验证的签名。',
      item: '{{caseNumber}} · {{customer}}',
      count: '{{count}} 个未验证的签名',
    },
  },
} as const;
