/**
 * What the barcodes on a return label say, and their SVG. The payload is
 * `QD:<case number>` (QD = 客诉单): a USB scanner types it like a keyboard,
 * and the prefix lets the app tell a scan from typing. decodeCasePayload
 * also accepts a bare case number (a hand-typed search), a lower-case
 * prefix and surrounding spaces (a scanner adding a space).
 *
 * SVG: bwip-js's generic build (pure JS, no DOM, no Node) draws Code 128
 * and QR codes, so the templates stay pure and run in the renderer, in main
 * and in tests alike.
 */
import { toSVG } from 'bwip-js/generic';
import { trustedMarkup, type SafeHtml } from './escape';

export const CASE_PAYLOAD_PREFIX = 'QD:';
/** Case / RMA numbers as the numbering patterns make them: letters, digits, - _ / . */
const NUMBER_TEXT = /^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,59}$/;

/** The scannable text for a case: `QD:2611-B-007`. Throws for text that cannot be a case number (Code 128 takes ASCII only). */
export function encodeCasePayload(caseNumber: string): string {
  const n = caseNumber.trim();
  if (!NUMBER_TEXT.test(n)) throw new Error(`not a printable case number: ${JSON.stringify(caseNumber)}`);
  return `${CASE_PAYLOAD_PREFIX}${n}`;
}

/** Case number from a scan or a typed search, or null when the text is not one. */
export function decodeCasePayload(text: string): string | null {
  let t = text.trim();
  const hasPrefix = t.slice(0, CASE_PAYLOAD_PREFIX.length).toUpperCase() === CASE_PAYLOAD_PREFIX;
  if (hasPrefix) t = t.slice(CASE_PAYLOAD_PREFIX.length).trim();
  if (!NUMBER_TEXT.test(t)) return null;
  // Without the prefix, require a digit: plain words typed into a search box are not case numbers.
  if (!hasPrefix && !/\d/.test(t)) return null;
  return t;
}

/** Does this text carry the scan prefix (the keyboard-wedge listener opens it even inside text fields)? */
export function hasCasePayloadPrefix(text: string): boolean {
  return text.trim().slice(0, CASE_PAYLOAD_PREFIX.length).toUpperCase() === CASE_PAYLOAD_PREFIX;
}

/** Code 128 symbol of the payload as SVG markup (bars only; the text is printed by the template). */
export function code128Svg(payload: string): SafeHtml {
  return trustedMarkup(toSVG({ bcid: 'code128', text: payload, height: 14, scale: 3, paddingwidth: 4, paddingheight: 2 }));
}

/** QR code (error correction M) of the payload as SVG markup. */
export function qrSvg(payload: string): SafeHtml {
  return trustedMarkup(toSVG(qrOptions(payload)));
}

/** BWIPP takes symbol options (eclevel) beside the render options; bwip-js passes unknown keys through, its types do not list them. */
function qrOptions(payload: string): Parameters<typeof toSVG>[0] {
  const options: Parameters<typeof toSVG>[0] & { eclevel: string } = { bcid: 'qrcode', text: payload, scale: 4, paddingwidth: 2, paddingheight: 2, eclevel: 'M' };
  return options;
}
