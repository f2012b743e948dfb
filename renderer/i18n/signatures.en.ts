/** Electronic signatures and their checks (issue 16.5), spread into en.ts; same keys as signatures.zh-CN.ts. */
import type { signaturesZhCN } from './signatures.zh-CN';
import type { Widen } from './widen';

export const signaturesEn: Widen<typeof signaturesZhCN> = {
  signatures: {
    title: 'Electronic signatures',
    verified: 'Verified',
    unverified: 'Unverified',
    by: '{{name}} ({{role}})',
    unknownRole: 'unknown role',
    unknownStep: 'Unknown step',
    unknownTime: 'time unknown',
    caseAlert: 'This case has {{count}} unverified signature(s): the clerk list or the approval limits at the time of signing do not support them. See History.',
    steps: {
      approveReturn: 'Approve return',
      rejectReturn: 'Reject return',
      approveEightD: 'Approve 8D report',
      closeEightD: 'Close 8D report',
      reopenEightD: 'Revise 8D report (re-open)',
      closeCase: 'Close case',
      acceptDisposition: 'Accept disposition',
      confirmCosts: 'Confirm costs',
    },
    reasons: {
      malformed: 'The signature record is incomplete or malformed.',
      missingOp: 'No change record wrote this signature.',
      altered: 'The signature was changed after it was written.',
      authorMismatch: 'The signature was not written by the signer.',
      unknownClerk: 'The signer was not on the clerk list when signing (not added by an admin).',
      inactiveClerk: 'The signer was deactivated when signing.',
      roleMissing: 'The signer did not hold this role when signing (not granted by an admin).',
      roleNotAllowed: 'Under the approval limits at the time, this role may not sign this step or amount.',
      delegationInvalid: 'Signed for someone else, but no delegation in force then supports it (delegate, role or dates differ, or the delegator did not hold the role).',
    },
    workbench: {
      title: 'Unverified signatures',
      none: 'No unverified signatures.',
      item: '{{caseNumber}} · {{customer}}',
      count: '{{count}} unverified signature(s)',
    },
  },
};
