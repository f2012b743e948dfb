/**
 * The Content-Security-Policy of every printed document: nothing but inline
 * styles and data: images and fonts — no scripts, no requests. The forms
 * carry it in their <head>; the print service adds it again to whatever
 * document it is asked to print (electron/services/print/print-isolation.ts).
 */
export const FORM_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

export const FORM_CSP_META = `<meta http-equiv="Content-Security-Policy" content="${FORM_CONTENT_SECURITY_POLICY}">`;
