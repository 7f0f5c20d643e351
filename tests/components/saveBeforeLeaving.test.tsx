/** Typing is not lost when the page goes away: the title inside its pause, and an open rename. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProfileStore } from '../../src/store/profileStore';
import { renderApp } from './renderApp';

const leavePage = () => act(() => void window.dispatchEvent(new Event('pagehide')));

describe('saving before the page goes away', () => {
  it('commits a title typed less than a pause before the page is left', async () => {
    const { local } = renderApp();
    const title = within(local()).getByRole('textbox', { name: 'Profilens titel' });
    fireEvent.change(title, { target: { value: 'Helsingørs profil' } });
    expect(useProfileStore.getState().local.title.da).not.toBe('Helsingørs profil');
    leavePage();
    expect(useProfileStore.getState().local.title.da).toBe('Helsingørs profil');
  });

  it('saves a rename that was typed but not confirmed', async () => {
    const { local, addToLocal } = renderApp();
    await addToLocal('Danne relationer', 'Viden');
    const card = within(local()).getByRole('listitem', { name: 'Danne relationer' });
    fireEvent.doubleClick(within(card).getByText('Danne relationer'));
    const field = screen.getByRole('textbox', { name: 'Ny tekst til elementet' });
    fireEvent.change(field, { target: { value: 'Danne stærke relationer' } });
    leavePage();
    expect(useProfileStore.getState().local.categories[0]!.elements[0]!.text.da).toBe('Danne stærke relationer');
  });
});
