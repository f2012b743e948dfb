/** Diagnostics and the about box (issue 20.4), spread into en.ts; same keys as diagnostics.zh-CN.ts. */
import type { diagnosticsZhCN } from './diagnostics.zh-CN';
import type { Widen } from './widen';

export const diagnosticsEn: Widen<typeof diagnosticsZhCN> = {
  diagnostics: {
    deviceId: 'Device id',
    stationCode: 'Station code',
    sharePath: 'Shared folder',
    notSet: 'Not set',
    noShare: 'Not set (this PC works alone)',
    export: 'Export diagnostics pack',
    making: 'Making the diagnostics pack…',
    saved: 'Diagnostics pack saved: {{path}}',
    downloaded: 'Diagnostics pack downloaded: {{name}}',
    failed: 'The diagnostics pack could not be made: {{message}}',
  },
};
