import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProfileStore } from '../../src/store/profileStore';
import { renderApp } from './renderApp';

describe('the builder', () => {
  it('shows the generic profile in three named lists beside an empty local profile', () => {
    const { generic, local, list, texts } = renderApp();
    expect(texts(list(generic(), 'Viden'))).toHaveLength(6);
    expect(texts(list(generic(), 'Færdigheder'))).toHaveLength(6);
    expect(texts(list(generic(), 'Kompetencer'))).toHaveLength(8);
    expect(texts(list(generic(), 'Viden'))[0]).toBe('Respektere målgruppen');
    for (const category of ['Viden', 'Færdigheder', 'Kompetencer']) expect(texts(list(local(), category))).toEqual([]);
  });

  it('copies an element into any local category with the menu and marks the generic one as in use', async () => {
    const { generic, local, list, texts, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Viden');
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer']);
    expect(within(generic()).getByRole('listitem', { name: 'Danne relationer' })).toHaveTextContent('I brug');
    expect(screen.getByTestId('announcer')).toBeInTheDocument();
  });

  it('adds to the same category with Enter on a generic handle', async () => {
    const { generic, local, list, texts, user } = renderApp();
    const item = within(generic()).getByRole('listitem', { name: 'Håndtere data' });
    within(item).getByRole('button', { name: 'Flyt: Håndtere data' }).focus();
    await user.keyboard('{Enter}');
    expect(texts(list(local(), 'Kompetencer'))).toEqual(['Håndtere data']);
  });

  it('moves up, down and to another category with the menu, keeping focus on the element', async () => {
    const { local, list, texts, user, addToLocal, menuOf } = renderApp();
    await addToLocal('Respektere målgruppen', 'Viden');
    await addToLocal('Reflektere over egen rolle', 'Viden');
    let menu = await menuOf(local(), 'Reflektere over egen rolle');
    expect(within(menu).getByRole('menuitem', { name: 'Flyt ned' })).toBeDisabled();
    await user.click(within(menu).getByRole('menuitem', { name: 'Flyt op' }));
    expect(texts(list(local(), 'Viden'))).toEqual(['Reflektere over egen rolle', 'Respektere målgruppen']);
    expect(document.activeElement).toHaveAccessibleName('Handlinger for: Reflektere over egen rolle');

    menu = await menuOf(local(), 'Respektere målgruppen');
    await user.click(within(menu).getByRole('menuitem', { name: 'Flyt til Kompetencer' }));
    expect(texts(list(local(), 'Kompetencer'))).toEqual(['Respektere målgruppen']);
    expect(document.activeElement).toHaveAccessibleName('Handlinger for: Respektere målgruppen');
  });

  it('opens the menu from the keyboard and closes it with Escape, returning focus', async () => {
    const { local, user, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Viden');
    const button = within(local()).getByRole('button', { name: 'Handlinger for: Danne relationer' });
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Omdøb' })).toHaveFocus();
    // "Flyt op/ned" are disabled for a lone element and skipped.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Flyt til Færdigheder' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Fjern fra den lokale profil' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Omdøb' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('duplicates and removes with the menu', async () => {
    const { local, list, texts, user, addToLocal, menuOf } = renderApp();
    await addToLocal('Danne relationer', 'Viden');
    await user.click(within(await menuOf(local(), 'Danne relationer')).getByRole('menuitem', { name: 'Dupliker' }));
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer', 'Danne relationer']);
    const [first] = within(list(local(), 'Viden')).getAllByRole('listitem');
    await user.click(within(first!).getByRole('button', { name: 'Handlinger for: Danne relationer' }));
    await user.click(screen.getByRole('menuitem', { name: 'Fjern fra den lokale profil' }));
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer']);
  });

  it('removes with Delete on the handle', async () => {
    const { local, list, texts, user, addAndFocus } = renderApp();
    await addAndFocus('Danne relationer', 'Viden');
    await user.keyboard('{Delete}');
    expect(texts(list(local(), 'Viden'))).toEqual([]);
  });
});

describe('renaming', () => {
  it('renames with F2, saves with Enter, and accepts æøå ÆØÅ', async () => {
    const { local, list, texts, user, addAndFocus } = renderApp();
    await addAndFocus('Danne relationer', 'Kompetencer');
    await user.keyboard('{F2}');
    const field = screen.getByRole('textbox', { name: 'Ny tekst til elementet' });
    await user.clear(field);
    await user.type(field, 'Skabe tillid med æøå ÆØÅ{Enter}');
    expect(texts(list(local(), 'Kompetencer'))).toEqual(['Skabe tillid med æøå ÆØÅ']);
    expect(within(local()).getByRole('button', { name: 'Flyt: Skabe tillid med æøå ÆØÅ' })).toHaveFocus();
  });

  it('cancels with Escape and refuses empty text with a message', async () => {
    const { local, list, texts, user, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Kompetencer');
    await user.dblClick(within(local()).getByText('Danne relationer'));
    const field = screen.getByRole('textbox', { name: 'Ny tekst til elementet' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Teksten må ikke være tom');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.type(field, 'Noget andet{Escape}');
    expect(texts(list(local(), 'Kompetencer'))).toEqual(['Danne relationer']);
  });

  it('types a space inside the field instead of picking the card up', async () => {
    const { local, list, texts, user, addAndFocus } = renderApp();
    await addAndFocus('Danne relationer', 'Kompetencer');
    await user.keyboard('{Enter}');
    await user.keyboard('{End} gode{Enter}');
    expect(texts(list(local(), 'Kompetencer'))).toEqual(['Danne relationer gode']);
  });

  it('refuses text over 2,000 characters and keeps 2,000', async () => {
    const { local, list, texts, user, addAndFocus } = renderApp();
    await addAndFocus('Danne relationer', 'Kompetencer');
    await user.keyboard('{F2}');
    const field = screen.getByRole('textbox', { name: 'Ny tekst til elementet' });
    await user.clear(field);
    await user.click(field);
    await user.paste('ø'.repeat(2001));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('højst 2000 tegn (nu 2001)');
    await user.keyboard('{Backspace}{Enter}');
    expect(texts(list(local(), 'Kompetencer'))).toEqual(['ø'.repeat(2000)]);
  });
});

describe('own elements', () => {
  it('adds own elements one after another, and never renders HTML', async () => {
    const { local, list, texts, user } = renderApp();
    await user.click(within(local()).getByRole('button', { name: 'Tilføj element i Færdigheder' }));
    const field = screen.getByRole('textbox', { name: 'Tekst til nyt element i Færdigheder' });
    await user.type(field, 'Kende vores ungenetværk{Enter}');
    await user.click(field);
    await user.paste('<img src=x onerror="alert(1)"><b>fed</b>');
    await user.keyboard('{Enter}{Escape}');
    expect(texts(list(local(), 'Færdigheder'))).toEqual(['Kende vores ungenetværk', '<img src=x onerror="alert(1)"><b>fed</b>']);
    expect(local().querySelector('img, b')).toBeNull();
    expect(within(local()).getByRole('button', { name: 'Tilføj element i Færdigheder' })).toHaveFocus();
  });
});

describe('undo and redo', () => {
  it('undoes and redoes with the buttons and the keyboard', async () => {
    const { local, list, texts, user, addToLocal } = renderApp();
    const undo = within(screen.getByRole('toolbar')).getByRole('button', { name: 'Fortryd' });
    expect(undo).toBeDisabled();
    await addToLocal('Danne relationer', 'Viden');
    await addToLocal('Håndtere data', 'Viden');
    await user.click(undo);
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer']);
    await user.click(screen.getByRole('button', { name: 'Gentag' }));
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer', 'Håndtere data']);
    await user.keyboard('{Control>}z{/Control}');
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer']);
    await user.keyboard('{Control>}y{/Control}');
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer', 'Håndtere data']);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(texts(list(local(), 'Viden'))).toHaveLength(2);
    expect(screen.getByTestId('announcer')).toBeInTheDocument();
  });

  it('leaves Ctrl+Z inside a text field to the field', async () => {
    const { local, list, texts, user, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Viden');
    await user.click(screen.getByLabelText('Kommune'));
    await user.keyboard('{Control>}z{/Control}');
    expect(texts(list(local(), 'Viden'))).toEqual(['Danne relationer']);
  });
});

describe('title and municipality', () => {
  it('saves the title and municipality on leaving the field, as one undo step each', async () => {
    const { user } = renderApp();
    const title = screen.getByLabelText('Profilens titel');
    await user.clear(title);
    await user.type(title, 'Ungekoordinator i Helsingør');
    await user.click(screen.getByLabelText('Kommune'));
    await user.type(screen.getByLabelText('Kommune'), 'Helsingør Kommune{Enter}');
    const { local } = useProfileStore.getState();
    expect(local.title.da).toBe('Ungekoordinator i Helsingør');
    expect(local.municipality).toBe('Helsingør Kommune');
    expect(useProfileStore.temporal.getState().pastStates).toHaveLength(2);
    act(() => useProfileStore.temporal.getState().undo());
    expect(screen.getByLabelText('Kommune')).toHaveValue('');
  });
});
