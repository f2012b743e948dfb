// The project's own ESLint plugin `layers`: its import rules.
import { allowedImports } from './layer-imports.js';
import { noCycle } from './no-cycle.js';

export default { rules: { 'allowed-imports': allowedImports, 'no-cycle': noCycle } };
