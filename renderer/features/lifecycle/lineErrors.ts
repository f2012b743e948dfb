/** Field errors of one return line (`<lineId>.<field>` keys) as plain field keys; errors of no line are kept. Pure. */
export function errorsOfLine(fieldErrors: Record<string, string>, lineId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, code] of Object.entries(fieldErrors)) {
    if (key.startsWith(`${lineId}.`)) out[key.slice(lineId.length + 1)] = code;
    else if (!key.includes('.')) out[key] = code;
  }
  return out;
}
