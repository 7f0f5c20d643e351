import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { findElement } from '../../src/domain/operations';
import { useProfileStore } from '../../src/store/profileStore';
import { freshApp, importBeforeFirstTest } from './setup';

const store = () => useProfileStore.getState();
const history = () => useProfileStore.temporal.getState();
const dialog = () => screen.getByRole('dialog', { name: 'Oversæt profilen' });
const status = () => within(dialog()).getByRole('status');

beforeEach(freshApp);

/** An empty local profile (title, role, 3 category names, 3 hints: all in English) plus own Danish-only elements. */
function withOwnElements(...texts: string[]): string[] {
  return texts.map((text) => store().addOwn('viden', text)!);
}

async function openTranslate() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Oversæt' }));
  await screen.findByRole('dialog', { name: 'Oversæt profilen' }); // its code loads on the first click
  return user;
}

importBeforeFirstTest(() => import('../../src/components/translate/TranslateView'));

describe('the translate view', () => {
  it('counts what is not yet translated, with plurals', async () => {
    withOwnElements('Kende vores ungenetværk', 'Følge den unge gennem overgange');
    const user = await openTranslate();
    expect(status()).toHaveTextContent('2 af 10 er endnu ikke oversat til engelsk.');
    await user.type(within(dialog()).getByRole('textbox', { name: 'Oversættelse til engelsk af «Kende vores ungenetværk»' }), 'Know our network{Enter}');
    expect(status()).toHaveTextContent('1 af 10 er endnu ikke oversat til engelsk.');
    await user.type(screen.getByRole('textbox', { name: /af «Følge den unge gennem overgange»/ }), 'Follow{Enter}');
    expect(status()).toHaveTextContent('Alt er oversat til engelsk.');
  });

  it('says it in the interface language too', async () => {
    withOwnElements('Kende vores ungenetværk');
    const user = await openTranslate();
    await user.selectOptions(within(dialog()).getByLabelText('Til'), 'Deutsch');
    expect(status()).toHaveTextContent('1 af 9 er endnu ikke oversat til tysk.');
    await user.click(within(dialog()).getByRole('button', { name: 'Luk' }));

    await user.selectOptions(screen.getByLabelText('Sprog'), 'English');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    const view = await screen.findByRole('dialog', { name: 'Translate the profile' });
    expect(within(view).getByRole('status')).toHaveTextContent('1 of 9 is not yet in English.');
    act(() => store().translate({ kind: 'title' }, 'en', ''));
    expect(within(view).getByRole('status')).toHaveTextContent('2 of 9 are not yet in English.');
    await user.click(within(view).getByRole('button', { name: 'Close' }));

    await user.selectOptions(screen.getByLabelText('Language'), 'Deutsch');
    await user.click(screen.getByRole('button', { name: 'Übersetzen' }));
    const german = await screen.findByRole('dialog', { name: 'Profil übersetzen' });
    await user.selectOptions(within(german).getByLabelText('Nach'), 'Deutsch');
    expect(within(german).getByRole('status')).toHaveTextContent('1 von 9 ist noch nicht auf Deutsch übersetzt.');
  });

  it('shows the source read-only on the left and highlights untranslated rows', async () => {
    const [id] = withOwnElements('Kende vores ungenetværk');
    await openTranslate();
    const field = screen.getByRole('textbox', { name: /af «Kende vores ungenetværk»/ });
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('lang', 'en');
    const row = field.closest('tr')!;
    expect(row).toHaveClass('translate__row--missing');
    expect(within(row).getByText('Kende vores ungenetværk')).toHaveAttribute('lang', 'da');
    expect(within(row).getByText('Ikke oversat')).toBeInTheDocument();
    // The source is text, not a field.
    expect(within(row).getAllByRole('textbox')).toHaveLength(1);
    expect(findElement(store().local, id!)?.element.text.en).toBeUndefined();
  });

  it('works from the keyboard: Enter saves and moves to the next field, Tab skips, each save is one undo step', async () => {
    withOwnElements('Kende vores ungenetværk', 'Følge den unge', 'Håndtere data');
    const user = await openTranslate();
    const first = screen.getByRole('textbox', { name: /af «Kende vores ungenetværk»/ });
    const second = screen.getByRole('textbox', { name: /af «Følge den unge»/ });
    const third = screen.getByRole('textbox', { name: /af «Håndtere data»/ });
    const steps = history().pastStates.length;

    first.focus();
    await user.keyboard('Know{Enter}');
    expect(second).toHaveFocus();
    await user.tab();
    expect(third).toHaveFocus();
    await user.keyboard('Data{Enter}');
    expect(history().pastStates.length).toBe(steps + 2);
    // Leaving the saved field (Enter moved focus) is not a second save, and nothing was refused.
    expect(within(dialog()).queryByRole('alert')).toBeNull();
    expect(status()).toHaveTextContent('1 af 11 er endnu ikke oversat til engelsk.');

    await user.click(within(dialog()).getByRole('button', { name: 'Fortryd' }));
    expect(third).toHaveValue('');
    expect(first).toHaveValue('Know');
  });

  it('translates the title, category names and hints, and Escape undoes typing before it closes', async () => {
    const user = await openTranslate();
    await user.selectOptions(within(dialog()).getByLabelText('Til'), 'Deutsch');
    const name = screen.getByRole('textbox', { name: 'Oversættelse til tysk af «Viden»' });
    expect(name).toHaveValue('Wissen');
    await user.clear(name);
    await user.type(name, 'Wissen über Übergänge{Enter}');
    expect(store().local.categories[0]?.name.de).toBe('Wissen über Übergänge');

    const hint = screen.getByRole('textbox', { name: 'Oversættelse til tysk af «jeg ved»' });
    await user.type(hint, ' viel');
    await user.keyboard('{Escape}');
    expect(hint).toHaveValue('Ich weiß');
    expect(dialog()).toBeInTheDocument();
  });

  it('refuses to empty the Danish text, and clearing a translation shows Danish again', async () => {
    const user = await openTranslate();
    await user.selectOptions(within(dialog()).getByLabelText('Fra'), 'English');
    await user.selectOptions(within(dialog()).getByLabelText('Til'), 'Dansk');
    const title = screen.getByRole('textbox', { name: 'Oversættelse til dansk af «Local profile»' });
    await user.clear(title);
    await user.keyboard('{Enter}');
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Den danske tekst må ikke være tom');
    expect(title).toHaveValue('Lokal profil');
    expect(store().local.title.da).toBe('Lokal profil');

    await user.selectOptions(within(dialog()).getByLabelText('Fra'), 'Dansk');
    await user.selectOptions(within(dialog()).getByLabelText('Til'), 'English');
    await user.clear(screen.getByRole('textbox', { name: 'Oversættelse til engelsk af «Lokal profil»' }));
    await user.keyboard('{Enter}');
    expect(store().local.title).toEqual({ da: 'Lokal profil', de: 'Lokales Profil' });
    expect(status()).toHaveTextContent('1 af 8 er endnu ikke oversat til engelsk.');
  });

  it('can show only what is missing', async () => {
    withOwnElements('Kende vores ungenetværk');
    const user = await openTranslate();
    expect(within(dialog()).getAllByRole('textbox')).toHaveLength(9);
    await user.selectOptions(within(dialog()).getByLabelText('Vis'), 'Kun det, der mangler');
    expect(within(dialog()).getAllByRole('textbox')).toHaveLength(1);
  });

  it('counts out-of-date translations apart, shows the old Danish text beside the new one, and confirms one', async () => {
    const id = store().addCopy('danne-relationer', 'kompetencer')!;
    store().rename(id, 'Danne relationer som ungekoordinator', 'da');
    withOwnElements('Kende vores ungenetværk');
    const user = await openTranslate();
    expect(status()).toHaveTextContent('På engelsk: 1 af 10 mangler, 1 er forældet.');
    const field = screen.getByRole('textbox', { name: 'Oversættelse til engelsk af «Danne relationer som ungekoordinator»' });
    const row = field.closest('tr')!;
    expect(row).toHaveClass('translate__row--outdated');
    expect(within(row).getByText('Danne relationer', { selector: 'del' })).toHaveAttribute('lang', 'da');
    expect(within(row).getByText('Danne relationer som ungekoordinator', { selector: 'ins' })).toBeInTheDocument();

    await user.selectOptions(within(dialog()).getByLabelText('Vis'), 'Kun det forældede');
    expect(within(dialog()).getAllByRole('textbox')).toEqual([field]);
    const steps = history().pastStates.length;
    await user.click(within(row).getByRole('button', { name: 'Oversættelsen «Build relationships» passer stadig' }));
    expect(status()).toHaveTextContent('1 af 10 er endnu ikke oversat til engelsk.');
    expect(row).not.toHaveClass('translate__row--outdated');
    expect(history().pastStates.length).toBe(steps + 1);
    // Writing a new translation makes it current too.
    act(() => store().rename(id, 'Danne tillidsfulde relationer', 'da'));
    expect(status()).toHaveTextContent('1 er forældet');
    await user.clear(field);
    await user.type(field, 'Build trusting relationships{Enter}');
    expect(status()).toHaveTextContent('1 af 10 er endnu ikke oversat til engelsk.');
  });
});

describe('adding a language', () => {
  it('adds Slovenian by code (its own name is suggested), then it is the target and a profile language', async () => {
    const user = await openTranslate();
    await user.click(within(dialog()).getByRole('button', { name: 'Tilføj sprog' }));
    await user.type(within(dialog()).getByLabelText('Sprogkode'), 'sl');
    expect(within(dialog()).getByLabelText('Sprogets navn (på sproget selv)')).toHaveValue('Slovenščina');
    await user.click(within(dialog()).getByRole('button', { name: 'Tilføj sproget' }));
    expect(store().local.languages?.at(-1)).toEqual({ code: 'sl', name: 'Slovenščina' });
    expect(within(dialog()).getByLabelText('Til')).toHaveValue('sl');
    expect(status()).toHaveTextContent('8 af 8 er endnu ikke oversat til slovensk.');
    await user.click(within(dialog()).getByRole('button', { name: 'Luk' }));
    expect(within(screen.getByLabelText('Profilens sprog')).getByRole('option', { name: 'Slovenščina' })).toBeInTheDocument();
  });

  it('explains a bad code and a language the profile already has', async () => {
    const user = await openTranslate();
    await user.click(within(dialog()).getByRole('button', { name: 'Tilføj sprog' }));
    const code = within(dialog()).getByLabelText('Sprogkode');
    await user.type(code, 'Icelandic');
    await user.type(within(dialog()).getByLabelText('Sprogets navn (på sproget selv)'), 'Íslenska');
    await user.click(within(dialog()).getByRole('button', { name: 'Tilføj sproget' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Sprogkoden skal være to eller tre små bogstaver');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    await user.clear(code);
    await user.type(code, 'EN');
    await user.click(within(dialog()).getByRole('button', { name: 'Tilføj sproget' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Profilen har allerede det sprog.');
    expect(store().local.languages?.map((l) => l.code)).toEqual(['da', 'en', 'de']);
  });

  it('suggests right to left for Arabic, and its fields are written right to left', async () => {
    withOwnElements('Danne relationer til unge');
    const user = await openTranslate();
    await user.click(within(dialog()).getByRole('button', { name: 'Tilføj sprog' }));
    await user.type(within(dialog()).getByLabelText('Sprogkode'), 'ar');
    expect(within(dialog()).getByRole('checkbox', { name: 'Skrives fra højre mod venstre' })).toBeChecked();
    await user.click(within(dialog()).getByRole('button', { name: 'Tilføj sproget' }));
    expect(store().local.languages?.at(-1)).toEqual({ code: 'ar', name: 'العربية', dir: 'rtl' });
    const field = screen.getByRole('textbox', { name: /af «Danne relationer til unge»/ });
    expect(field).toHaveAttribute('dir', 'rtl');
    expect(field).toHaveAttribute('lang', 'ar');
  });
});
