/** Repeat complaints texts (issue 17.2), spread into en.ts. */
import type { repeatsZhCN } from './repeats.zh-CN';
import type { Widen } from './widen';

export const repeatsEn: Widen<typeof repeatsZhCN> = {
  repeats: {
    windowDays: 'Repeat complaint window (days)',
    windowHelp: 'A complaint of the same customer, model and defect type received again within this many days (factory calendar, inclusive) is flagged as a repeat',
    windowRange: 'Enter a whole number from 1 to 365',
    officeValue: 'within {{count}} days',
    chip: 'Repeat',
    filter: 'Repeats only',
    caseRepeats: 'Repeat complaint: same as {{caseNumber}} (customer, model, defect), {{days}} days apart (occurrence {{occurrence}} within {{window}} days)',
    caseRepeated: 'This problem came back within {{window}} days (same customer, model and defect)',
    earlier: 'Earlier cases:',
    later: 'Later repeats:',
    linkText: '{{caseNumber}} ({{days}} days apart)',
  },
};
