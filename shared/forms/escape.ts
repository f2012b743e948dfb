/**
 * The one escape helper of the printed forms. Every value a template puts
 * into HTML goes through `html` (a tagged template that escapes each
 * interpolation) or `escapeHtml`; only `SafeHtml` — markup the templates
 * built themselves with `html`, or barcode SVG made by bwip-js — passes
 * unescaped. So `<script>` or `</td>` typed into any field prints as text.
 */

/** Markup that is already safe (built by `html` or by a trusted generator). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. null/undefined → ''. */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function isList(value: HtmlValue): value is readonly HtmlValue[] {
  return Array.isArray(value);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (isList(value)) return value.map(render).join('');
  if (value === false) return '';
  return escapeHtml(value);
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped unless it is SafeHtml (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Trusted markup from a generator (bwip-js SVG). Never pass user text here. */
export function trustedMarkup(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
