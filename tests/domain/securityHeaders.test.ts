/** The README's hosting headers are the ones the build and the browser tests use. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../securityHeaders';

describe('security headers', () => {
  it('are listed in the README exactly', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf('<!-- security-headers -->'), readme.indexOf('<!-- /security-headers -->'));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(block).toContain(`${name}: ${value}\n`);
  });

  it('keep framing out of the meta policy (a meta tag cannot carry it) and in the header', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'self'`);
    expect(CSP_META).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('cache hashed assets for good and everything else never without asking', () => {
    expect(cacheControlFor('/profilbygger/assets/index-BgOv7fqx.js')).toContain('immutable');
    expect(cacheControlFor('/assets/inter-latin-400-normal-BOOGhInR.woff2')).toContain('immutable');
    for (const path of ['/profilbygger/', '/index.html', '/sw.js', '/workbox-2fbc6a65.js', '/manifest.webmanifest', '/favicon.svg']) {
      expect(cacheControlFor(path)).toBe('no-cache');
    }
  });
});
