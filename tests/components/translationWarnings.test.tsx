import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { ImportControls } from '../../src/components/export/ImportControls';
import { serializeProfile } from '../../src/domain/migrate';
import { useProfileStore } from '../../src/store/profileStore';
import { smallProfile } from '../domain/fixtures';
import { freshApp } from './setup';

const store = () => useProfileStore.getState();

/** A local profile with one out-of-date English translation and one own, Danish-only element, shown in English. */
function staleEnglish() {
  const id = store().addCopy('danne-relationer', 'kompetencer')!;
  store().rename(id, 'Danne relationer som ungekoordinator', 'da');
  store().addOwn('viden', 'Kende vores ungenetværk');
  store().setContentLanguage('en');
}

describe('warnings before a profile is shown or exported in another language', { timeout: 20_000 }, () => {
  it('says in the presentation what is missing and out of date', async () => {
    freshApp();
    staleEnglish();
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Præsentér/ }));
    const view = await screen.findByRole('dialog', { name: /^Præsentation:/ });
    expect(within(view).getByRole('note')).toHaveTextContent('På engelsk: 1 af 10 mangler, 1 er forældet. Tekster, der mangler, vises på dansk.');
  });

  it('says it in the export menu before a format is chosen, and not for Danish', async () => {
    freshApp();
    staleEnglish();
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Eksportér/ }));
    const panel = screen.getByRole('group', { name: 'Eksportér den lokale profil' });
    expect(panel).toHaveAccessibleDescription('På engelsk: 1 af 10 mangler, 1 er forældet. Tekster, der mangler, vises på dansk.');
    act(() => store().setContentLanguage('da'));
    expect(within(panel).queryByRole('note')).toBeNull();
  });
});

describe('messages follow the interface language', { timeout: 20_000 }, () => {
  it('says "imported" again in English when the interface changes after an import', async () => {
    freshApp();
    const user = userEvent.setup();
    render(<ImportControls />);
    await user.upload(screen.getByTestId('import-file-input'), new File([serializeProfile(smallProfile())], 'ærø.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Erstat den lokale profil' }));
    expect(screen.getByText('Profilen fra ærø.json er importeret. Du kan fortryde det.')).toBeInTheDocument();
    await act(async () => {
      const { i18next } = await import('../../src/i18n');
      await i18next.changeLanguage('en');
    });
    expect(screen.getByRole('status')).toHaveTextContent(/ærø\.json/);
    expect(screen.queryByText(/er importeret/)).toBeNull();
  });

  it('says a refused rename again in the new interface language', async () => {
    freshApp();
    store().addOwn('viden', 'Kende vores ungenetværk');
    const user = userEvent.setup();
    render(<App />);
    const handle = screen.getByRole('button', { name: 'Flyt: Kende vores ungenetværk' });
    handle.focus();
    await user.keyboard('{Enter}');
    await user.clear(screen.getByRole('textbox', { name: 'Ny tekst til elementet' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Teksten må ikke være tom');
    fireEvent.change(screen.getByLabelText('Sprog'), { target: { value: 'en' } });
    expect(screen.getByRole('alert')).not.toHaveTextContent('Teksten må ikke være tom');
    expect(screen.getByRole('alert').textContent).not.toBe('');
  });
});
