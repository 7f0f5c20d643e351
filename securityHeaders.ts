/**
 * The security headers for hosting Profilbygger, in one place: the build puts what a <meta> tag can
 * carry into index.html, the README lists the HTTP headers for the web server, and the browser tests
 * serve the build with exactly these (tests/e2e/staticServer.ts). The app needs nothing from another
 * origin and no inline script or style: fonts, chunks and the service worker are its own files; the
 * PNG and PDF exports use data: and blob: URLs.
 */

/** Directives every copy of the policy has. */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy in index.html's <meta>: a meta tag cannot carry frame-ancestors (or reporting). */
export const CSP_META = DIRECTIVES.join('; ');

/**
 * The policy as an HTTP header: the same, plus who may frame the app. 'self' here; a municipality
 * that embeds the app in its own site adds that site (frame-ancestors 'self' https://www.kommune.dk).
 */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'self'"].join('; ');

/** The HTTP headers to set for every file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Caching: the hashed files in assets/ never change under their name; index.html, sw.js and the
 * manifest must be checked on every visit, or a new version never arrives.
 */
export function cacheControlFor(path: string): string {
  return /\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
