import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import { useProfileStore } from '../../src/store/profileStore';
import { renderApp } from './renderApp';

const store = () => useProfileStore.getState();
const textOf = (id: string) => findElement(store().local, id)!.element.text;

describe('an edit saves to the language it was opened in', { timeout: 15_000 }, () => {
  it('keeps a Danish rename Danish when the profile language changes while it is open', async () => {
    const { local, user, addAndFocus } = renderApp();
    await addAndFocus('Danne relationer', 'Kompetencer');
    const id = store().local.categories[2]!.elements[0]!.id;
    await user.keyboard('{Enter}');
    const field = within(local()).getByRole('textbox', { name: 'Ny tekst til elementet' });
    await user.clear(field);
    await user.type(field, 'Danne relationer som ungekoordinator');
    act(() => store().setContentLanguage('de'));
    await user.type(field, '{Enter}');
    expect(textOf(id)).toMatchObject({ da: 'Danne relationer som ungekoordinator', de: 'Beziehungen aufbauen' });
  });

  it('keeps a Danish rename Danish when the interface language changes while it is open', async () => {
    const { local, user, addAndFocus } = renderApp();
    await addAndFocus('Danne relationer', 'Kompetencer');
    const id = store().local.categories[2]!.elements[0]!.id;
    await user.keyboard('{Enter}');
    const field = within(local()).getByRole('textbox', { name: 'Ny tekst til elementet' });
    await user.clear(field);
    await user.type(field, 'Danne relationer som ungekoordinator');
    // Changed without taking focus from the editor (as a second window or an assistive tool can).
    fireEvent.change(screen.getByLabelText('Sprog'), { target: { value: 'de' } });
    expect(store().contentLanguage).toBe('da');
    await user.type(screen.getByRole('textbox', { name: 'Neuer Text für das Element' }), '{Enter}');
    expect(textOf(id)).toMatchObject({ da: 'Danne relationer som ungekoordinator', de: 'Beziehungen aufbauen' });
  });

  it('does not store the shown Danish text as a translation when a rename is saved unchanged', async () => {
    const { local, user } = renderApp();
    const id = store().addOwn('viden', 'Kende vores ungenetværk')!;
    act(() => store().setContentLanguage('en'));
    within(local()).getByRole('button', { name: 'Flyt: Kende vores ungenetværk' }).focus();
    await user.keyboard('{Enter}{Enter}');
    expect(textOf(id)).toEqual({ da: 'Kende vores ungenetværk' });
  });

  it('saves a title still being typed to its language when the profile language changes', async () => {
    const { user } = renderApp();
    act(() => store().setContentLanguage('en'));
    const title = screen.getByRole('textbox', { name: 'Profilens titel' });
    await user.clear(title);
    await user.type(title, 'Youth coordinator profile');
    act(() => store().setContentLanguage('de'));
    expect(store().local.title).toMatchObject({ da: 'Lokal profil', en: 'Youth coordinator profile', de: 'Lokales Profil' });
  });
});
