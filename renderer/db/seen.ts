/**
 * What a form showed, when it opened, for the fields it now changes (field →
 * value, in the repository's terms). A write whose field changed underneath
 * since then keeps the replaced value as a visible conflict (ops-writer.ts).
 */
export type Seen = Readonly<Record<string, unknown>>;
