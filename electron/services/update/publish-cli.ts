/**
 * `npm run publish-to-share -- <share> [--release release] [--stations A,B] [--allow-downgrade]`
 * `npm run publish-to-share -- <share> --rollback [<version>] [--stations A,B]`
 * The IT admin's command around publish-to-share.ts; prints what it did.
 */
import { publishToShare, rollbackOnShare } from './publish-to-share';

function value(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const sharePath = args[0];
  if (!sharePath || sharePath.startsWith('--')) {
    console.error('usage: npm run publish-to-share -- <share folder> [--release <folder>] [--stations A,B] [--allow-downgrade] | --rollback [<version>]');
    process.exit(2);
  }
  const stationsText = value(args, '--stations');
  const stations = stationsText ? stationsText.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  if (args.includes('--rollback')) {
    const next = value(args, '--rollback');
    const version = next && !next.startsWith('--') ? next : undefined;
    const done = await rollbackOnShare({ sharePath, ...(version ? { version } : {}), ...(stations ? { stations } : {}) });
    console.log(`rolled back: the share offers ${done.version} again (was ${done.previous ?? 'nothing'}), downgrade allowed${stations ? ` for ${stations.join(', ')}` : ''}`);
    return;
  }
  const done = await publishToShare({
    sharePath,
    releaseDir: value(args, '--release') ?? 'release',
    rollout: { ...(stations ? { stations } : {}), ...(args.includes('--allow-downgrade') ? { allowDowngrade: true } : {}) },
  });
  console.log(`published ${done.version}${stations ? ` to stations ${stations.join(', ')}` : ' to every PC'}; kept ${done.previous ?? 'no earlier version'} for the way back${done.removed.length ? `; removed ${done.removed.join(', ')}` : ''}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`publish-to-share: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
