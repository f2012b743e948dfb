/**
 * Text kept as an i18n key and its params, translated when it is shown — so
 * a message raised in Chinese reads in English after the clerk switches (a
 * notice, an error). A param may itself be such a text (a step's name, an
 * error's message).
 */
import type { ParseKeys, TFunction } from 'i18next';

export type TextKey = ParseKeys;
export type TextParam = string | number | Translatable;

export interface Translatable {
  readonly key: TextKey;
  readonly params?: Readonly<Record<string, TextParam>>;
}

export function text(key: TextKey, params?: Readonly<Record<string, TextParam>>): Translatable {
  return params ? { key, params } : { key };
}

/** The text in the current language of `t`, nested params first. */
export function translate(t: TFunction, value: Translatable): string {
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(value.params ?? {})) params[name] = typeof param === 'object' ? translate(t, param) : param;
  return String((t as unknown as (key: string, params: object) => string)(value.key, params));
}
