import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { useProfileStore } from '../../src/store/profileStore';
import { freshApp, importBeforeFirstTest } from './setup';

const store = () => useProfileStore.getState();
const history = () => useProfileStore.temporal.getState();
const dialog = () => screen.getByRole('dialog', { name: 'Erstat et ord i hele profilen' });
const localRegion = () => screen.getByRole('region', { name: 'Lokal profil' });

beforeEach(freshApp);

async function openReplace(find: string, replacement: string) {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Erstat ord' }));
  await screen.findByRole('dialog', { name: 'Erstat et ord i hele profilen' }); // its code loads on the first click
  await user.type(within(dialog()).getByLabelText('Find'), find);
  if (replacement) await user.type(within(dialog()).getByLabelText('Erstat med'), replacement);
  return user;
}

importBeforeFirstTest(() => import('../../src/components/translate/ReplaceDialog'));

describe('replacing a term everywhere', () => {
  it('highlights every match, replaces all in one undo step, and undo brings them all back', async () => {
    store().startOver('copy');
    history().clear();
    const user = await openReplace('målgruppe', 'ungegruppe');
    expect(within(dialog()).getByRole('status')).toHaveTextContent('7 forekomster.');
    const marks = dialog().querySelectorAll('mark');
    expect(marks).toHaveLength(7);
    expect([...marks].map((m) => m.textContent)).toContain('målgruppe');

    await user.click(within(dialog()).getByRole('button', { name: 'Erstat alle' }));
    expect(dialog()).toHaveTextContent('7 forekomster er erstattet. Fortryd tager dem alle tilbage i ét trin.');
    expect(history().pastStates).toHaveLength(1);
    expect(within(localRegion()).getByRole('listitem', { name: 'Respektere ungegruppen' })).toBeInTheDocument();
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Ingen forekomster.');

    await user.click(within(dialog()).getByRole('button', { name: 'Fortryd' }));
    expect(within(localRegion()).getByRole('listitem', { name: 'Respektere målgruppen' })).toBeInTheDocument();
    expect(within(dialog()).getByRole('status')).toHaveTextContent('7 forekomster.');
  });

  it('ignores case by default (Kædeansvar, KÆDEANSVAR), and can match case', async () => {
    store().addOwn('viden', 'Kædeansvar');
    store().addOwn('viden', 'Kende KÆDEANSVARETS aktører');
    const user = await openReplace('kædeansvar', 'vores ungenetværk');
    expect(within(dialog()).getByRole('status')).toHaveTextContent('2 forekomster.');
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Forskel på store og små bogstaver' }));
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Ingen forekomster.');
    expect(within(dialog()).getByRole('button', { name: 'Erstat alle' })).toBeDisabled();
  });

  it('replaces one text at a time', async () => {
    store().addOwn('viden', 'Kende kædeansvaret');
    store().addOwn('viden', 'Koordinere i kædeansvaret');
    const user = await openReplace('kædeansvaret', 'ungenetværket');
    await user.click(within(dialog()).getByRole('button', { name: 'Erstat i «Koordinere i kædeansvaret»' }));
    expect(dialog()).toHaveTextContent('1 forekomst er erstattet.');
    const texts = store().local.categories[0]!.elements.map((e) => e.text.da);
    expect(texts).toEqual(['Kende kædeansvaret', 'Koordinere i ungenetværket']);
    expect(within(dialog()).getAllByRole('button', { name: /^Erstat i/ })).toHaveLength(1);
  });

  it('never empties a text: it is skipped, and the user is told which', async () => {
    store().addOwn('viden', 'Kædeansvar');
    store().addOwn('viden', 'Kende kædeansvar godt');
    const user = await openReplace('kædeansvar', '');
    await user.click(within(dialog()).getByRole('button', { name: 'Erstat alle' }));
    expect(dialog()).toHaveTextContent('1 forekomst er erstattet.');
    expect(dialog()).toHaveTextContent('1 tekst er ikke ændret, fordi den ville blive tom eller for lang: «Kædeansvar»');
    expect(store().local.categories[0]!.elements.map((e) => e.text.da)).toEqual(['Kædeansvar', 'Kende godt']);
  });

  it('shows user text as text, never as HTML', async () => {
    store().addOwn('viden', '<b>fed</b> <img src=x onerror=alert(1)> målgruppe');
    await openReplace('fed', 'x');
    const match = within(dialog()).getByRole('list', { name: 'Forekomster' });
    expect(match.querySelector('b, img')).toBeNull();
    expect(match).toHaveTextContent('<b>fed</b> <img src=x onerror=alert(1)> målgruppe');
    expect(match.querySelector('mark')).toHaveTextContent(/^fed$/);
  });

  it('works in the profile language only', async () => {
    store().startOver('copy');
    store().setContentLanguage('de');
    const user = await openReplace('Zielgruppe', 'jungen Menschen');
    expect(within(dialog()).getByText('Søger i den lokale profils tekster på tysk: titel, kategorier og elementer.')).toBeInTheDocument();
    await user.click(within(dialog()).getByRole('button', { name: 'Erstat alle' }));
    const json = JSON.stringify(store().local);
    expect(json).not.toContain('Zielgruppe');
    expect(json).toContain('Respektere målgruppen');
  });
});
