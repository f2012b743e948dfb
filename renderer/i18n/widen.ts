/**
 * The shape another language must give a text module: the keys of the
 * 简体中文 texts (declared `as const`, so their values are literal types),
 * each with any string.
 */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
