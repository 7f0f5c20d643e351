/**
 * Any host: the stock build served from a folder (/profilbygger/) with the README's headers, under
 * its strict Content Security Policy — nothing violates it, and no request leaves the page's origin,
 * during load, use and every export. In a cross-site iframe the app works without uncaught errors
 * when the host allows the framing, and is refused when it keeps the README's frame-ancestors.
 */
import { expect, test, type Page } from '@playwright/test';
import { SECURITY_HEADERS } from '../../securityHeaders';
import { card, generic, list, local } from './helpers';
import { startStaticServer, type RunningServer } from './staticServer';

// The service worker is part of what a host serves (and must find at its path): not blocked here.
test.use({ serviceWorkers: 'allow' });

const BASE = '/profilbygger/';

/** Records CSP violations and uncaught errors in every frame, from before the app's first script. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __problems: string[] };
    w.__problems = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__problems.push(`CSP ${event.violatedDirective}: ${event.blockedURI}`));
    window.addEventListener('unhandledrejection', (event) => w.__problems.push(`rejection: ${String(event.reason)}`));
    window.addEventListener('error', (event) => w.__problems.push(`error: ${event.message}`));
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

const problemsIn = (page: Page) => page.evaluate(() => (window as unknown as { __problems: string[] }).__problems);

async function exportAs(page: Page, button: string) {
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  await downloading;
  await expect(page.getByRole('status').filter({ hasText: 'er hentet' })).toBeVisible();
}

test.describe('served from a folder with the README headers', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startStaticServer({ port: 0, base: BASE, headers: SECURITY_HEADERS });
  });
  test.afterAll(async () => server.close());

  test('loads, works and exports every format with no CSP violation, no 404 and no request to another origin', async ({ page }) => {
    test.slow(); // four exports on a loaded machine
    const errors = await watch(page);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(server.url).origin) outside.push(request.url());
    });
    await page.goto(server.url);
    await card(generic(page), 'Danne relationer').getByRole('button', { name: /^Handlinger for/ }).click();
    await page.getByRole('menuitem', { name: 'Tilføj til Viden i den lokale profil' }).click();
    await expect(list(local(page), 'Viden').getByRole('listitem')).toHaveCount(1);
    for (const button of ['PDF, stående (A4)', 'PDF, liggende (A4)', 'Word-dokument (DOCX) til at redigere videre', 'Slides (PNG 16:9, samlet i en zip)', 'Plakat (PNG) med hele profilen', 'Profilfil (JSON) til at arbejde videre']) {
      await exportAs(page, button);
    }
    // The service worker and the manifest are found in the folder, too.
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? '')).toBe(server.url);
    expect(await problemsIn(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(server.requests.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });
});

test.describe('in a cross-site iframe', () => {
  let app: RunningServer;
  let host: RunningServer;
  // Any free port (0): the browser tests run fully parallel, so these tests can run beside each other
  // and beside themselves (`--repeat-each`); on fixed ports they once failed with EADDRINUSE.
  // Another site: 127.0.0.1 is not the same site as localhost.
  const outer = (appUrl: string) => `<!doctype html><title>Kommunens side</title><iframe title="Profilbygger" src="${appUrl}" width="1200" height="700"></iframe>`;

  test.afterEach(async () => {
    await app?.close();
    await host?.close();
  });

  test('works without uncaught errors when the host allows the framing', async ({ page }) => {
    // The host first: the app's headers name the host's port, the host's page the app's address.
    const hostPages: Record<string, string> = {};
    host = await startStaticServer({ port: 0, pages: hostPages });
    const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': SECURITY_HEADERS['Content-Security-Policy']!.replace("frame-ancestors 'self'", `frame-ancestors 'self' http://127.0.0.1:${host.port}`) };
    app = await startStaticServer({ port: 0, base: BASE, headers });
    hostPages['/'] = outer(app.url);
    const errors = await watch(page);
    await page.goto(`http://127.0.0.1:${host.port}/`);
    const frame = page.frameLocator('iframe[title="Profilbygger"]');
    await expect(frame.getByRole('region', { name: 'Lokal profil' })).toBeVisible();
    const appFrame = page.frames().find((f) => f.url().startsWith(app.url))!;
    // Registration may be refused in a third-party frame; either way nothing is left uncaught.
    await appFrame.evaluate(() => new Promise((resolve) => (document.readyState === 'complete' ? setTimeout(resolve, 0) : addEventListener('load', resolve))));
    expect(await appFrame.evaluate(() => (window as unknown as { __problems: string[] }).__problems)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('is refused by the browser when the host keeps the README’s frame-ancestors', async ({ page }) => {
    app = await startStaticServer({ port: 0, base: BASE, headers: SECURITY_HEADERS });
    host = await startStaticServer({ port: 0, pages: { '/': outer(app.url) } });
    await page.goto(`http://127.0.0.1:${host.port}/`);
    await expect(page.locator('iframe[title="Profilbygger"]')).toBeAttached();
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames()[1]!;
    await expect.poll(() => frame.evaluate(() => document.querySelector('#root') !== null).catch(() => false)).toBe(false);
    await expect(page.frameLocator('iframe[title="Profilbygger"]').getByRole('region', { name: 'Lokal profil' })).toHaveCount(0);
  });
});
