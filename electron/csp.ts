// The page's Content Security Policy, the same for the desktop window and browser mode: only the app's own
// scripts, no plugins, no framing, no base or form tricks. Inline styles stay allowed for the editor's
// style attributes (the renderer's own meta tag says the same).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
