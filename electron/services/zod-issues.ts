/**
 * Turns zod issues into the `{path, message}` list of an IpcError and one
 * readable sentence naming the fields, so a bad call says what was wrong.
 */
import type { z } from 'zod';
import type { IpcError } from '../../shared/ipc/result';

type Issue = NonNullable<IpcError['issues']>[number];

function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(arguments)';
  return path.map((part) => (typeof part === 'symbol' ? part.toString() : String(part))).join('.');
}

export function describeIssues(error: z.ZodError): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: pathOf([...issue.path, key]), message: 'unknown field' });
    } else {
      issues.push({ path: pathOf(issue.path), message: issue.message });
    }
  }
  return issues;
}

export function summariseIssues(issues: Issue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}
