/** Retention / archive texts (issue 20.6), spread into zh-CN.ts. */
export const retentionZhCN = {
  retention: {
    never: '不归档',
    years: '结案满 {{count}} 年',
  },
} as const;
