/** Retention / archive texts (issue 20.6), spread into en.ts. */
export const retentionEn = {
  retention: {
    never: 'Never archive',
    years: '{{count}} years after closing',
  },
} as const;
