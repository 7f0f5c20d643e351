/** "Kopiér link": the clipboard gets a link that holds the profile; a refused clipboard and an over-long profile are handled in words. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/components/export/ExportMenu';
import { downloadBlob } from '../../../src/export/download';
import { readShareLink } from '../../../src/export/shareLink';
import { genericProfile } from '../../../src/store/catalog';
import { useProfileStore } from '../../../src/store/profileStore';
import { workshopProfile } from '../../export/workshopProfile';
import { randomText, seededRandom } from '../../seededRandom';
import { freshApp } from '../setup';

/** Waits that include a lazily loaded module: generous, since the test machine may be busy. */
const LOADING = { timeout: 10_000 };

vi.mock('../../../src/export/download', () => ({ downloadBlob: vi.fn() }));

const random = seededRandom(11);
const findGeneric = (id: string) => (id === 'kontaktperson-plus' ? genericProfile(id) : undefined);

async function copyLink(writeText: (text: string) => Promise<void>) {
  const user = userEvent.setup();
  // After setup(): user-event puts its own clipboard stub in place.
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(<ExportMenu />);
  await user.click(screen.getByRole('button', { name: /Eksportér/ }));
  await user.click(screen.getByRole('button', { name: 'Kopiér link til profilen' }));
  return user;
}

beforeEach(() => {
  freshApp();
  vi.mocked(downloadBlob).mockReset();
  useProfileStore.setState({ local: workshopProfile() });
});

describe('Kopiér link', () => {
  it('puts a link that holds the whole local profile on the clipboard and says how long it is', async () => {
    const small = { ...workshopProfile(), categories: workshopProfile().categories.map((category) => ({ ...category, elements: category.elements.slice(0, 2) })) };
    useProfileStore.setState({ local: small });
    const writeText = vi.fn(async (_text: string) => {});
    await copyLink(writeText);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const link = writeText.mock.calls[0]![0];
    expect(link).toMatch(/^http:\/\/localhost:3000\/#profil=1\./);
    expect(readShareLink(link, findGeneric)).toEqual({ ok: true, profile: small });
    expect(link.length).toBeLessThan(1000);
    expect(await screen.findByRole('status', undefined, LOADING)).toHaveTextContent(`Linket er kopieret (${link.length.toLocaleString('da-DK')} tegn).`);
    expect(screen.getByRole('status')).not.toHaveTextContent('Linket er langt');
  });

  it('shows the link to copy by hand when the browser refuses the clipboard', async () => {
    await copyLink(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const field = await screen.findByLabelText(/Browseren tillod ikke at kopiere linket/, undefined, LOADING);
    expect(field).toHaveFocus();
    expect(readShareLink((field as HTMLInputElement).value, findGeneric).ok).toBe(true);
  });

  it('warns that a long link (the whole generic profile with notes) may be cut in Outlook or a text message', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    await copyLink(writeText);
    expect(await screen.findByRole('status', undefined, LOADING)).toHaveTextContent('Linket er langt: det virker i Teams, Slack og browserens adresselinje, men Outlook og sms');
    expect(writeText.mock.calls[0]![0].length).toBeGreaterThan(1000);
  });

  it('makes no link for a profile too large for one, and offers the profile file instead', async () => {
    const profile = workshopProfile();
    profile.categories[0]!.elements.push(
      ...Array.from({ length: 120 }, (_, i) => ({ id: `own-${i}`, text: { da: `Egen tekst ${i}: ${randomText(random, 80)}` } })),
    );
    useProfileStore.setState({ local: profile });
    const writeText = vi.fn(async (_text: string) => {});
    const user = await copyLink(writeText);
    const alert = await screen.findByRole('alert', undefined, LOADING);
    expect(alert).toHaveTextContent(/Profilen er for stor til et link \([\d.]+ tegn; et link bør højst have 8\.000 tegn\)/);
    expect(writeText).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Hent profilfilen (JSON)' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalled());
    expect(vi.mocked(downloadBlob).mock.calls[0]![1]).toMatch(/\.json$/);
  });
});
