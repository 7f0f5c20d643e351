import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/components/export/ExportMenu';
import { parseProfileJson } from '../../../src/domain/migrate';
import { downloadBlob } from '../../../src/export/download';
import { createPdf } from '../../../src/export/pdf';
import { createPosterPng } from '../../../src/export/png';
import { setupI18n } from '../../../src/i18n';
import { useProfileStore } from '../../../src/store/profileStore';
import { smallProfile } from '../../domain/fixtures';
import { resetStore } from '../../store/resetStore';
import { causeOf } from '../../../src/components/export/useExport';

// The heavy modules are replaced: these tests are about the flow, the e2e test checks the files.
vi.mock('../../../src/export/pdf', () => ({ createPdf: vi.fn() }));
vi.mock('../../../src/export/png', () => ({ createPosterPng: vi.fn(), MAX_POSTER_HEIGHT: 8000 }));
vi.mock('../../../src/export/download', () => ({ downloadBlob: vi.fn() }));

beforeAll(() => {
  setupI18n('da');
});

beforeEach(() => {
  resetStore();
  vi.mocked(createPdf).mockReset();
  vi.mocked(createPosterPng).mockReset();
  vi.mocked(downloadBlob).mockReset();
  useProfileStore.setState({ local: { ...smallProfile(), basedOn: 'kontaktperson-plus', municipality: 'Helsingør Kommune' } });
});

async function openMenu() {
  const user = userEvent.setup();
  render(<ExportMenu />);
  await user.click(screen.getByRole('button', { name: /Eksportér/ }));
  return user;
}

describe('ExportMenu', () => {
  it('offers PDF portrait, PDF landscape, Word, slides, the PNG poster and JSON as buttons, and closes with Escape', async () => {
    const user = await openMenu();
    const panel = screen.getByRole('group', { name: 'Eksportér den lokale profil' });
    expect(within(panel).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'PDF, stående (A4)',
      'PDF, liggende (A4)',
      'Word-dokument (DOCX) til at redigere videre',
      'Slides (PNG 16:9, samlet i en zip)',
      'Plakat (PNG) med hele profilen',
      'Profilfil (JSON) til at arbejde videre',
      'Kopiér link til profilen',
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Eksportér/ })).toHaveFocus();
  });

  it('shows that a PDF is being made, then downloads it under the dated file name', async () => {
    let finish: (blob: Blob) => void = () => {};
    vi.mocked(createPdf).mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'PDF, liggende (A4)' }));

    expect(screen.getByRole('status')).toHaveTextContent('Laver PDF-filen …');
    expect(screen.getByRole('button', { name: /Eksportér/ }).closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    // The code that makes files and the labels' texts load first (on demand).
    await waitFor(() => expect(createPdf).toHaveBeenCalled());
    const [profile, options] = vi.mocked(createPdf).mock.calls[0]!;
    expect(profile.municipality).toBe('Helsingør Kommune');
    expect(options).toMatchObject({ orientation: 'landscape', lang: 'da', labelLang: 'da', labels: { municipality: 'Kommune', date: 'Dato' } });
    expect(options.labels.footer(2, 3)).toBe('Lavet med Profilbygger · side 2 af 3');

    const pdf = new Blob(['%PDF-1.3'], { type: 'application/pdf' });
    finish(pdf);
    await waitFor(() => expect(downloadBlob).toHaveBeenCalled());
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(blob).toBe(pdf);
    expect(name).toMatch(/^testprofil-helsingoer-\d{4}-\d{2}-\d{2}-liggende\.pdf$/);
    expect(screen.getByRole('status')).toHaveTextContent(`${name} er hentet.`);
    expect(screen.getByRole('button', { name: /Eksportér/ }).closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  });

  it('says in an alert when an export fails, and leaves the profile alone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(createPdf).mockRejectedValue(new Error('font fetch failed'));
    const before = useProfileStore.getState().local;
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'PDF, stående (A4)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Eksporten som PDF mislykkedes. Prøv igen, eller vælg et andet format.');
    expect(downloadBlob).not.toHaveBeenCalled();
    expect(useProfileStore.getState().local).toBe(before);
  });

  it('downloads the JSON file that reads back as the local profile', async () => {
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'Profilfil (JSON) til at arbejde videre' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalled());
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0]!;
    expect(name).toMatch(/\.json$/);
    expect(parseProfileJson(await blob.text())).toEqual({ ok: true, profile: useProfileStore.getState().local });
  });

  it('draws the PNG from an off-screen, hidden poster that is gone afterwards', async () => {
    let seen: { text: string; hidden: string | null } | undefined;
    vi.mocked(createPosterPng).mockImplementation(async (node) => {
      seen = { text: node.textContent ?? '', hidden: node.parentElement!.getAttribute('aria-hidden') };
      return new Blob([], { type: 'image/png' });
    });
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'Plakat (PNG) med hele profilen' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalled());
    expect(seen?.hidden).toBe('true');
    expect(seen?.text).toContain('Testprofil');
    expect(seen?.text).toContain('Helsingør Kommune');
    expect(seen?.text).toContain('Respektere målgruppen');
    expect(document.querySelector('[data-testid="export-poster-host"]')).toBeNull();
    expect(vi.mocked(downloadBlob).mock.calls[0]![1]).toMatch(/\.png$/);
  });

  it('writes English labels when the profile language is English', async () => {
    vi.mocked(createPdf).mockResolvedValue(new Blob());
    useProfileStore.setState({ contentLanguage: 'en' });
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'PDF, stående (A4)' }));
    await waitFor(() => expect(createPdf).toHaveBeenCalled());
    expect(vi.mocked(createPdf).mock.calls[0]![1]).toMatchObject({ lang: 'en', labelLang: 'en', labels: { municipality: 'Municipality' } });
  });
});

describe('ExportMenu with the keyboard', () => {
  it('is opened with Enter, walked with Tab, and closes when focus leaves it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ExportMenu />
        <button type="button">Næste</button>
      </>,
    );
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /Eksportér/ })).toHaveAttribute('aria-expanded', 'true');
    // The marks option comes first (it applies to the format chosen next), then the six formats.
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /Markér tilpassede/ })).toHaveFocus();
    for (let i = 0; i < 6; i += 1) await user.tab();
    expect(screen.getByRole('button', { name: 'Profilfil (JSON) til at arbejde videre' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Kopiér link til profilen' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Næste' })).toHaveFocus();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('marks adapted and own elements with a legend when asked (own elements here: none come from the generic profile)', async () => {
    const user = await openMenu();
    vi.mocked(createPdf).mockResolvedValue(new Blob(['%PDF-1.3'], { type: 'application/pdf' }));
    await user.click(screen.getByRole('checkbox', { name: 'Markér tilpassede og egne elementer (PDF og PNG)' }));
    await user.click(screen.getByRole('button', { name: 'PDF, stående (A4)' }));
    await waitFor(() => expect(createPdf).toHaveBeenCalled());
    const [, options] = vi.mocked(createPdf).mock.calls[0]!;
    expect(options.marks).toEqual({ byId: { a: 'own', b: 'own', c: 'own' }, legend: '* tilpasset fra den generiske profil · ° jeres eget element' });
    expect(options.labels.marks).toBe('Mærker');
  });
});

describe('why an export failed', () => {
  it('says to connect when offline, to reload when the code is gone, and to try again otherwise', () => {
    const notLoaded = new TypeError('Failed to fetch dynamically imported module: http://x/assets/pdf-abc.js');
    expect(causeOf(notLoaded, false)).toBe('offline');
    expect(causeOf(notLoaded, true)).toBe('outdated');
    expect(causeOf(new Error('font fetch went wrong'), true)).toBe('other');
  });
});
