/**
 * What a document being printed may reach: nothing outside itself. The
 * print engines load the form as a data: URL with scripts off; these pure
 * rules are what both engines enforce on top — every request but data: is
 * refused (Electron's print session, chromium's route), and the document
 * gets the forms' Content-Security-Policy even if it came without one.
 */
import { FORM_CSP_META } from '../../../shared/forms/csp';

/** The only requests a printed document may make: its own data: URL and data: images/fonts inside it. */
export function isAllowedPrintRequest(url: string): boolean {
  return /^data:/i.test(url);
}

/** The document with the forms' CSP as the first element of its <head> (policies combine: an extra one only restricts more). */
export function withPrintCsp(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}${FORM_CSP_META}${html.slice(head.index + head[0].length)}`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<head>${FORM_CSP_META}</head>${html.slice(at)}`;
}
