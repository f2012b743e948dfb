/**
 * The Content-Security-Policy both hosts send with the renderer (Electron via
 * session.webRequest, the web host as an HTTP header): scripts only from the
 * app itself, no plugins, no frames, no form posts, no remote connections.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  // The print preview shows the PDF the host made as a blob: URL in an iframe (renderer/features/print/PrintDialog.tsx).
  "frame-src blob:",
].join('; ');
