/**
 * The generic profiles on demand: the first load has the default one and the others' titles; the
 * others load when chosen, with saved work, or after the first change, and then show.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A page load: the catalog and the store as main.tsx imports them, fresh. */
async function startPage() {
  vi.resetModules();
  const catalog = await import('../../src/store/catalog');
  const { useProfileStore } = await import('../../src/store/profileStore');
  const persistence = await import('../../src/store/persistence');
  return { catalog, store: useProfileStore, persistence };
}

beforeEach(() => localStorage.clear());

describe('the generic profiles on demand', () => {
  it('has only the default one at first, and every title for the pickers', async () => {
    const { catalog } = await startPage();
    expect(catalog.genericProfiles().map((profile) => profile.id)).toEqual(['kontaktperson-plus']);
    expect(catalog.genericProfileChoices.map((choice) => [choice.id, choice.title.da])).toEqual([
      ['kontaktperson-plus', expect.stringContaining('Kontaktperson+')],
      ['kontaktperson-kui', expect.stringContaining('KUI')],
    ]);
    await catalog.loadGenericProfiles();
    expect(catalog.genericProfiles().map((profile) => profile.id)).toEqual(['kontaktperson-plus', 'kontaktperson-kui']);
  });

  it('loads them all with saved work built on another one, before it is shown', async () => {
    localStorage.setItem('profilbygger:work', JSON.stringify({ state: { genericId: 'kontaktperson-kui', local: (await import('../domain/fixtures')).smallProfile(), contentLanguage: 'da' }, version: 1 }));
    const { catalog, store, persistence } = await startPage();
    await persistence.loadSavedWork();
    expect(store.getState().genericId).toBe('kontaktperson-kui');
    expect(catalog.genericProfile('kontaktperson-kui').id).toBe('kontaktperson-kui');
  });

  it('starts loading them at the first change of the local profile', async () => {
    const { catalog, store, persistence } = await startPage();
    await persistence.loadSavedWork();
    persistence.startPersistence();
    expect(catalog.useGenericCatalog.getState().complete).toBe(false);
    store.getState().setTitle('Vores profil');
    await vi.waitFor(() => expect(catalog.useGenericCatalog.getState().complete).toBe(true));
  });

  it('shows another generic profile once it is chosen and has loaded', async () => {
    const { store } = await startPage();
    const { App } = await import('../../src/App');
    const { render } = await import('@testing-library/react');
    const user = userEvent.setup();
    render(<App />);
    const generic = screen.getByRole('region', { name: 'Generisk profil' });
    await user.selectOptions(within(generic).getByLabelText('Generisk profil at arbejde ud fra'), 'kontaktperson-kui');
    await vi.waitFor(() => expect(store.getState().genericId).toBe('kontaktperson-kui'));
    await act(async () => {});
    expect(within(generic).getByLabelText('Generisk profil at arbejde ud fra')).toHaveValue('kontaktperson-kui');
  });

  it('shows "Om profilen" with the texts the first load leaves out, once they have arrived, keeping the cards\' objects', async () => {
    const { catalog } = await startPage();
    const before = catalog.genericProfile('kontaktperson-plus');
    expect(before.purpose).toBeUndefined();
    const { App } = await import('../../src/App');
    const { render } = await import('@testing-library/react');
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(screen.getByRole('region', { name: 'Generisk profil' })).getByRole('button', { name: 'Om profilen' }));
    const dialog = await screen.findByRole('dialog', { name: /^Om profilen: Kontaktperson\+/ });
    expect(within(dialog).getByRole('heading', { name: 'Formål' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Youth in transition (Erasmus+, 2018–21');
    const after = catalog.genericProfile('kontaktperson-plus');
    expect(after.purpose?.da).toBeTruthy();
    expect(after.categories).toBe(before.categories);
  });
});
