import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProfileStore } from '../../src/store/profileStore';
import { renderApp } from './renderApp';

const store = () => useProfileStore.getState();

describe('out-of-date translations and where elements came from, on the board', { timeout: 20_000 }, () => {
  it('marks a translation made from an earlier Danish text when viewing that language, until confirmed', async () => {
    const { local, user, menuOf } = renderApp();
    const id = store().addCopy('danne-relationer', 'kompetencer')!;
    act(() => store().rename(id, 'Danne relationer som ungekoordinator', 'da'));
    expect(within(local()).getByRole('listitem', { name: 'Danne relationer som ungekoordinator' })).not.toHaveTextContent('Forældet');

    act(() => store().setContentLanguage('en'));
    const card = within(local()).getByRole('listitem', { name: 'Build relationships' });
    expect(card).toHaveTextContent('Forældet');
    expect(within(card).getByText('Forældet')).toHaveAttribute('title', 'Oversættelsen er lavet ud fra en tidligere dansk tekst: «Danne relationer»');
    expect(card).toHaveAccessibleDescription(/Forældet/);

    const menu = await menuOf(local(), 'Build relationships');
    await user.click(within(menu).getByRole('menuitem', { name: 'Oversættelsen passer stadig' }));
    expect(within(local()).getByRole('listitem', { name: 'Build relationships' })).not.toHaveTextContent('Forældet');
    expect(screen.queryByRole('menuitem', { name: 'Oversættelsen passer stadig' })).toBeNull();
  });

  it('marks adapted and own elements, shows the generic original on demand and resets to it in one undo step', async () => {
    const { local, user, menuOf, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Kompetencer');
    expect(within(local()).getByRole('listitem', { name: 'Danne relationer' })).not.toHaveTextContent('Tilpasset');
    const id = store().local.categories[2]!.elements[0]!.id;
    act(() => store().rename(id, 'Danne relationer som ungekoordinator', 'da'));
    act(() => void store().addOwn('viden', 'Kende vores ungenetværk'));
    expect(within(local()).getByRole('listitem', { name: 'Kende vores ungenetværk' })).toHaveTextContent('Eget');
    const adapted = () => within(local()).getByRole('listitem', { name: 'Danne relationer som ungekoordinator' });
    expect(adapted()).toHaveTextContent('Tilpasset');

    await user.click(within(await menuOf(local(), 'Danne relationer som ungekoordinator')).getByRole('menuitem', { name: 'Vis den generiske original' }));
    expect(adapted()).toHaveTextContent('Generisk original: Danne relationer');

    await user.click(within(await menuOf(local(), 'Danne relationer som ungekoordinator')).getByRole('menuitem', { name: 'Nulstil til den generiske original' }));
    const reset = within(local()).getByRole('listitem', { name: 'Danne relationer' });
    expect(reset).not.toHaveTextContent('Tilpasset');
    await user.click(within(screen.getByRole('toolbar')).getByRole('button', { name: 'Fortryd' }));
    expect(adapted()).toBeInTheDocument();
  });
});
