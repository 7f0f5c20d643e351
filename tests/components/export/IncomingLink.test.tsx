/** Opening a share link: asks first, replaces or adds, then forgets the fragment; a bad link changes nothing. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IncomingLink } from '../../../src/components/export/IncomingLink';
import { encodeProfileForLink } from '../../../src/export/shareLink';
import { genericProfile } from '../../../src/store/catalog';
import { useProfileStore } from '../../../src/store/profileStore';
import { workshopProfile } from '../../export/workshopProfile';
import { freshApp } from '../setup';

/** Waits that include a lazily loaded module: generous, since the test machine may be busy. */
const LOADING = { timeout: 10_000 };

const generic = genericProfile('kontaktperson-plus');

function openWithFragment(fragment: string) {
  window.history.replaceState(null, '', `/?hold=2#${fragment}`);
  const user = userEvent.setup();
  render(<IncomingLink />);
  return user;
}

beforeEach(freshApp);
afterEach(() => window.history.replaceState(null, '', '/'));

describe('opening a share link', () => {
  it('shows what the link holds, replaces the local profile only when asked, and clears the address', async () => {
    const shared = workshopProfile();
    const before = useProfileStore.getState().local;
    const user = openWithFragment(encodeProfileForLink(shared, generic));

    const dialog = await screen.findByRole('dialog', { name: 'Hvad skal der ske med profilen?' }, LOADING);
    expect(dialog).toHaveTextContent('“Ungekoordinator i Helsingør” fra linket har 20 elementer. 20 med noter · 20 med markeringer.');
    expect(useProfileStore.getState().local).toBe(before);
    expect(window.location.hash).not.toBe(''); // a reload before answering asks again

    await user.click(within(dialog).getByRole('button', { name: 'Erstat den lokale profil' }));
    expect(useProfileStore.getState().local).toEqual(shared);
    expect(window.location.href).toBe('http://localhost:3000/?hold=2');
    expect(screen.getByRole('status')).toHaveTextContent('Profilen fra linket er importeret.');
  });

  it('adds to the local profile as one undo step', async () => {
    const user = openWithFragment(encodeProfileForLink(workshopProfile(), generic));
    await user.click(await screen.findByRole('button', { name: 'Tilføj til den lokale profil' }, LOADING));
    expect(useProfileStore.getState().local.categories.flatMap((category) => category.elements)).toHaveLength(20);
    expect(screen.getByRole('status')).toHaveTextContent('20 elementer fra linket er tilføjet.');
    act(() => useProfileStore.temporal.getState().undo());
    expect(useProfileStore.getState().local.categories.flatMap((category) => category.elements)).toHaveLength(0);
  });

  it('says a damaged link is damaged, changes nothing and clears the address', async () => {
    const before = useProfileStore.getState().local;
    openWithFragment(encodeProfileForLink(workshopProfile(), generic).slice(0, 300));
    const alert = await screen.findByRole('alert', undefined, LOADING);
    expect(alert).toHaveTextContent('Linket kunne ikke åbnes. Den lokale profil er ikke ændret.');
    expect(alert).toHaveTextContent('Linket er beskadiget');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useProfileStore.getState().local).toBe(before);
    expect(window.location.hash).toBe('');
  });

  it('names what is wrong with a profile that does not pass validation', async () => {
    const broken = workshopProfile();
    broken.categories[1]!.elements[0]!.text = { da: 'x'.repeat(2001) };
    openWithFragment(encodeProfileForLink(broken, generic));
    const alert = await screen.findByRole('alert', undefined, LOADING);
    expect(alert).toHaveTextContent('Profilen i linket kan ikke bruges:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Element 1 i Færdigheder er længere end 2000 tegn.');
  });

  it('ignores a fragment that is not a share link', () => {
    openWithFragment('local-profile');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#local-profile');
  });
});
