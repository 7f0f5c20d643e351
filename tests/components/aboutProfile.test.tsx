import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { i18next } from '../../src/i18n';
import { useProfileStore } from '../../src/store/profileStore';
import { freshApp } from './setup';

beforeEach(freshApp);

describe('Om profilen', () => {
  it('tells what the chosen generic profile is for, what it is, who made it, where to see it in practice, and where the work is kept', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(screen.getByRole('region', { name: 'Generisk profil' })).getByRole('button', { name: 'Om profilen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Om profilen: Kontaktperson+ – generisk kompetenceprofil' });
    for (const heading of ['Formål', 'Hvad profilen er', 'Bag profilen', 'Praksiseksempler', 'Jeres arbejde']) {
      expect(within(dialog).getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(dialog).toHaveTextContent('Youth in transition (Erasmus+, 2018–21');
    expect(dialog).toHaveTextContent('Unge med kant Syddanmark (2018–20) og Unge med kant Hovedstaden (2019–22)');
    expect(dialog).toHaveTextContent('intet sendes nogen steder hen, medmindre I begynder at arbejde sammen live');
    expect(within(dialog).getByText(/^Kontaktperson\+ er en udvidet forståelse/)).toHaveAttribute('lang', 'da');
    await user.click(within(dialog).getByRole('button', { name: 'Luk' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks the interface language, and follows the chosen generic profile', async () => {
    const user = userEvent.setup();
    await act(() => i18next.changeLanguage('en'));
    act(() => useProfileStore.getState().showGeneric('kontaktperson-kui'));
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'About the profile' }));
    const dialog = await screen.findByRole('dialog', { name: /^About the profile: Contact person in KUI/ });
    expect(within(dialog).getByText(/^The guide tells of three young people – Emma, Silas and Mohammed/)).toHaveAttribute('lang', 'en');
    expect(dialog).toHaveTextContent('nothing is sent anywhere unless you start working together live');
  });
});
