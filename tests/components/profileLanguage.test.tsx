import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { useProfileStore } from '../../src/store/profileStore';
import { freshApp } from './setup';

const localRegion = (name = 'Lokal profil') => screen.getByRole('region', { name });
const genericRegion = (name = 'Generisk profil') => screen.getByRole('region', { name });

beforeEach(freshApp);

describe('interface and profile language', () => {
  it('switches the profile language on its own: the profile changes, the interface stays Danish', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Profilens sprog'), 'English');
    expect(within(localRegion()).getByRole('heading', { name: 'Knowledge' })).toHaveAttribute('lang', 'en');
    expect(within(genericRegion()).getByRole('listitem', { name: 'Respect the target group' })).toBeInTheDocument();
    expect(screen.getByLabelText('Sprog')).toHaveValue('da');
    expect(document.documentElement.lang).toBe('da');
  });

  it('offers the profile’s own languages besides Danish, English and German', () => {
    useProfileStore.getState().addLanguage({ code: 'is', name: 'Íslenska' });
    render(<App />);
    const options = within(screen.getByLabelText('Profilens sprog')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Dansk', 'English', 'Deutsch', 'Íslenska']);
    expect(options[3]).toHaveAttribute('lang', 'is');
  });

  it('shows Danish text marked "Ikke oversat" where the profile language has none — never an empty card', async () => {
    const user = userEvent.setup();
    useProfileStore.getState().addLanguage({ code: 'is', name: 'Íslenska' });
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Profilens sprog'), 'Íslenska');
    const card = within(genericRegion()).getByRole('listitem', { name: 'Danne relationer' });
    expect(within(card).getByText('Danne relationer')).toHaveAttribute('lang', 'da');
    expect(within(card).getByText('Ikke oversat')).toBeInTheDocument();
    for (const text of genericRegion().querySelectorAll('.card__text')) expect(text.textContent?.trim()).not.toBe('');
  });

  it('leaves the profile language alone when the interface language changes, also while the two agree', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Sprog'), 'English');
    expect(document.documentElement.lang).toBe('en');
    expect(within(localRegion('Local profile')).getByRole('heading', { name: 'Viden' })).toHaveAttribute('lang', 'da');
    expect(screen.getByLabelText('Profile language')).toHaveValue('da');
    expect(useProfileStore.getState().contentLanguage).toBe('da');

    await user.selectOptions(screen.getByLabelText('Profile language'), 'Deutsch');
    await user.selectOptions(screen.getByLabelText('Language'), 'Dansk');
    expect(within(localRegion()).getByRole('heading', { name: 'Wissen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Profilens sprog')).toHaveValue('de');
    expect(localStorage.getItem('profilbygger:ui-language')).toBe('da');
  });

  it('gives right-to-left profile text dir="rtl"', async () => {
    const store = useProfileStore.getState();
    store.addLanguage({ code: 'ar', name: 'العربية', dir: 'rtl' });
    const id = store.addCopy('danne-relationer', 'viden')!;
    store.translate({ kind: 'element', elementId: id }, 'ar', 'بناء العلاقات');
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Profilens sprog'), 'العربية');
    const text = within(localRegion()).getByText('بناء العلاقات');
    expect(text).toHaveAttribute('lang', 'ar');
    expect(text).toHaveAttribute('dir', 'rtl');
    // Danish fallback text in the same view stays left to right.
    expect(within(genericRegion()).getByText('Respektere målgruppen')).toHaveAttribute('dir', 'ltr');
  });
});
