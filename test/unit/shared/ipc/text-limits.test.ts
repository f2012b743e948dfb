// The intake's text limits (shared/domain) and the caps of the ways a saved
// case travels — the web host's request body (the journal append), a pushed
// op, a journal line — agree: a case with every text at its limit, in the
// characters that take the most bytes once in JSON, fits each with room.
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../../../shared/domain/intakeValidation';
import { LIFECYCLE_TEXT_LIMITS } from '../../../../shared/domain/lifecycle/text-limits';
import { MAX_PUSH_OP_BYTES } from '../../../../shared/ipc/sync-contract';
import { MAX_LINE_BYTES } from '../../../../electron/services/journal/journal-line';
import { MAX_BODY_BYTES } from '../../../../electron/webhost/server';

describe('text limits and transport caps', () => {
  it('a case with every text at its limit fits the smallest cap four times over', () => {
    const worst = '\u0001'; // JSON writes it as \u0001: 6 bytes for 1 character
    const texts = Object.fromEntries(Object.entries(TEXT_LIMITS).map(([field, limit]) => [field, worst.repeat(limit)]));
    const bytes = new TextEncoder().encode(JSON.stringify(texts)).length;
    expect(TEXT_LIMITS.defectDescription).toBe(10_000);
    expect(bytes * 4).toBeLessThan(Math.min(MAX_BODY_BYTES, MAX_PUSH_OP_BYTES, MAX_LINE_BYTES));
  });

  it('every lifecycle text at its limit fits one op four times over, and all of them together one request', () => {
    const worst = '\u0001';
    const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
    for (const limit of Object.values(LIFECYCLE_TEXT_LIMITS)) expect(bytesOf(worst.repeat(limit)) * 4).toBeLessThan(MAX_PUSH_OP_BYTES);
    const all = Object.fromEntries(Object.entries(LIFECYCLE_TEXT_LIMITS).map(([field, limit]) => [field, worst.repeat(limit)]));
    expect(bytesOf(all)).toBeLessThan(Math.min(MAX_BODY_BYTES, MAX_LINE_BYTES));
  });
});
