/**
 * Six devices editing one profile at once, at random (seeded, seed printed), must end with the same
 * profile. 6 × 50 edits through menus alone take over ten minutes on the CI machine, so most edits
 * go through the store actions the UI calls (put on `window` in the test build, src/testHooks.ts),
 * written into the shared document by the same binding, and one in ten through the real UI.
 */
import { expect, test, type Page } from '@playwright/test';
import { seededRandom, type Random } from '../live/seededRandom';
import { generic, local } from './helpers';
import { canonical, joinSession, LiveSite, newDevice, savedProfile, startFromFullCopy, startSession, type Member } from './liveHarness';

// A trace of six pages making hundreds of changes costs more than the edits themselves; a failure
// is replayed from the printed seed instead.
test.use({ trace: 'off' });

const site = new LiveSite(2);
let devices: Member[] = [];

test.beforeAll(async () => site.start(test.info().parallelIndex));
test.afterAll(async () => site.stop());
test.afterEach(async () => {
  await Promise.all(devices.map((device) => device.context.close()));
  devices = [];
});

const MEMBERS = 6;
const EDITS = Number(process.env.LIVE_E2E_EDITS ?? 50);
/** The share of edits made through the real UI (menus, the rename field). */
const UI_SHARE = 0.1;

/**
 * One random edit through the store, of any kind a member can make: copy from the generic profile,
 * rename, translate, move, move by one, remove, mark, note, answer a question. The random numbers
 * come from the test's seeded stream; what they pick depends on what this device shows right now.
 */
async function storeEdit(page: Page, random: Random, n: number) {
  const draws: [number, number, number, number] = [random.next(), random.next(), random.next(), random.next()];
  await page.evaluate(
    ({ draws: [r0, r1, r2, r3], n }) => {
      const hooks = window.__profilbygger;
      if (!hooks) throw new Error('No test hooks: the app was not built with VITE_E2E_HOOKS=1');
      const state = hooks.store.getState();
      const { local: profile } = state;
      const pick = <T,>(items: readonly T[], r: number): T | undefined => items[Math.floor(r * items.length)];
      const elements = profile.categories.flatMap((category) => category.elements);
      const category = pick(profile.categories, r1)!;
      const element = pick(elements, r2);
      const kind = element ? Math.floor(r0 * 9) : 0;
      const index = Math.floor(r3 * (category.elements.length + 1));
      if (kind === 0) {
        const source = pick(hooks.genericProfile(state.genericId).categories.flatMap((c) => c.elements), r2);
        if (source) state.addCopy(source.id, category.id, index);
      } else if (kind === 1) state.rename(element!.id, `Tekst ${n}`);
      else if (kind === 2) state.rename(element!.id, `Text ${n}`, 'en');
      else if (kind === 3) state.move(element!.id, category.id, index);
      else if (kind === 4) state.moveBy(element!.id, r3 < 0.5 ? -1 : 1);
      else if (kind === 5) state.remove(element!.id);
      else if (kind === 6) state.setMark(element!.id, r3 < 0.5 ? 'does' : 'should', r1 < 0.4 ? 'yes' : r1 < 0.8 ? 'no' : undefined);
      else if (kind === 7) state.setNote(element!.id, `Note ${n}`);
      else {
        const question = pick(profile.questions ?? [], r3);
        if (question) state.answerQuestion(question.id, `Svar ${n}`);
      }
    },
    { draws, n },
  );
}

/** One random edit through the UI; a card someone else just moved or removed makes it a no-op. */
async function uiEdit(page: Page, random: Random, n: number) {
  const cards = local(page).getByRole('listitem');
  const count = await cards.count();
  const kind = count === 0 ? 0 : random.int(5);
  const quick = { timeout: 3_000 };
  try {
    if (kind === 0) {
      const generics = generic(page).getByRole('listitem');
      await generics.nth(random.int(await generics.count())).getByRole('button', { name: /^Handlinger for/ }).click(quick);
      await page.getByRole('menuitem', { name: /^Tilføj til/ }).nth(random.int(3)).click(quick);
      return;
    }
    const target = cards.nth(random.int(count));
    if (kind === 1) {
      await target.locator('.card__text').dblclick(quick);
      const field = page.getByLabel('Ny tekst til elementet');
      await field.fill(`UI-tekst ${n}`, quick);
      await field.press('Enter', quick);
      return;
    }
    await target.getByRole('button', { name: /^Handlinger for/ }).click(quick);
    const label = kind === 2 ? /^Flyt (op|ned)$/ : kind === 3 ? /^Flyt til/ : /^Fjern fra/;
    const items = page.getByRole('menuitem', { name: label });
    await items.nth(random.int(Math.max(1, await items.count()))).click(quick);
  } catch {
    await page.keyboard.press('Escape');
  }
}

test(`six members making ${EDITS} random edits each at once end with identical profiles`, async ({ browser }) => {
  test.slow();
  const random = seededRandom(`${MEMBERS} members × ${EDITS} random edits in the browser`);
  const first = await device(browser);
  await first.page.goto('/');
  await startFromFullCopy(first.page);
  const link = await startSession(first.page, 'Medlem 1');
  const members = [first];
  for (let i = 2; i <= MEMBERS; i += 1) {
    const member = await device(browser);
    await joinSession(member.page, link, `Medlem ${i}`);
    members.push(member);
  }
  // Each member gets its own stream derived from the printed seed, so the draws replay exactly
  // (what they hit still depends on how the edits interleave).
  const streams = members.map((_, i) => seededRandom(`member ${i + 1}`, random.seed + i + 1, true));
  await Promise.all(
    members.map(async ({ page }, i) => {
      const stream = streams[i]!;
      for (let n = 0; n < EDITS; n += 1) {
        if (stream.next() < UI_SHARE) await uiEdit(page, stream, n);
        else await storeEdit(page, stream, n);
      }
    }),
  );
  await expect
    .poll(async () => new Set(await Promise.all(members.map(async (m) => canonical(await savedProfile(m.page))))).size, { timeout: 60_000 })
    .toBe(1);
  // The edits really happened and travelled: the shared profile carries the members' own texts.
  const shared = canonical(await savedProfile(first.page));
  expect(shared).toMatch(/(Tekst|Text|Note|Svar|UI-tekst) \d+/);
});

/** Pages keep their own WebSockets: no test route relays every message through the test runner. */
async function device(browser: Parameters<typeof newDevice>[0]) {
  const created = await newDevice(browser, site, { intercept: false });
  devices.push(created);
  return created;
}
