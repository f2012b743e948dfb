// `npm run share-doctor -- <share folder> [--verify-blobs]`: prints the JSON
// report of share-doctor.ts; exit status 1 on integrity errors, 2 on usage.
import { diagnoseShare } from './share-doctor';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  console.error('usage: npm run share-doctor -- <share folder> [--verify-blobs]');
  process.exit(2);
}
// This CLI is its own process's entry point: the one place its clock is read, then passed in.
const report = await diagnoseShare(folder, { now: Date.now(), verifyBlobs: args.includes('--verify-blobs') });
console.log(JSON.stringify(report, null, 2));
process.exit(report.errors.length > 0 ? 1 : 0);
