import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportControls } from '../../../src/components/export/ImportControls';
import { serializeProfile } from '../../../src/domain/migrate';
import { setupI18n } from '../../../src/i18n';
import { useProfileStore } from '../../../src/store/profileStore';
import { smallProfile } from '../../domain/fixtures';
import { resetStore } from '../../store/resetStore';

beforeAll(() => {
  setupI18n('da');
});
beforeEach(resetStore);

const imported = () => ({ ...smallProfile(), id: 'fra-fil', title: { da: 'Profil fra Ærø' }, municipality: 'Ærø Kommune' });
const jsonFile = (text: string, name = 'profil.json') => new File([text], name, { type: 'application/json' });

function setup() {
  const user = userEvent.setup();
  render(<ImportControls />);
  const input = screen.getByTestId('import-file-input') as HTMLInputElement;
  return { user, input };
}

describe('ImportControls', () => {
  it('has an Import button that opens a file picker for JSON and PNG files', async () => {
    const { user, input } = setup();
    expect(input).toHaveAttribute('accept', '.json,.png,application/json,image/png');
    let clicked = false;
    input.addEventListener('click', (event) => {
      clicked = true;
      event.preventDefault();
    });
    await user.click(screen.getByRole('button', { name: 'Importér' }));
    expect(clicked).toBe(true);
  });

  it('asks before replacing the local profile, then replaces it, and the replacement can be undone', async () => {
    const { user, input } = setup();
    const before = useProfileStore.getState().local;
    await user.upload(input, jsonFile(serializeProfile(imported())));

    const dialog = await screen.findByRole('dialog', { name: 'Hvad skal der ske med profilen?' });
    expect(dialog).toHaveTextContent('“Profil fra Ærø” fra profil.json har 3 elementer.');
    expect(dialog).toHaveTextContent('Den lokale profils 0 elementer bliver erstattet af den nye profil.');
    expect(useProfileStore.getState().local).toBe(before); // nothing happens before the answer

    await user.click(within(dialog).getByRole('button', { name: 'Erstat den lokale profil' }));
    expect(useProfileStore.getState().local).toEqual(imported());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Profilen fra profil.json er importeret.');

    act(() => useProfileStore.temporal.getState().undo());
    expect(useProfileStore.getState().local).toEqual(before);
  });

  it('shows what adding would bring, then adds only that, as one undo step', async () => {
    const { user, input } = setup();
    const local = { ...smallProfile(), id: 'lokal', categories: smallProfile().categories.map((c) => ({ ...c, elements: c.elements.slice(0, 1) })) };
    act(() => useProfileStore.getState().replaceLocal(local));
    const incoming = imported();
    incoming.categories[0]!.elements[1]!.note = 'Vigtigt for os';
    incoming.categories[0]!.elements[1]!.marks = { should: 'yes' };
    await user.upload(input, jsonFile(serializeProfile(incoming), 'gruppe-2.json'));

    const dialog = await screen.findByRole('dialog', { name: 'Hvad skal der ske med profilen?' });
    expect(dialog).toHaveTextContent('“Profil fra Ærø” fra gruppe-2.json har 3 elementer. 1 med note · 1 med markeringer.');
    const adding = within(dialog).getByRole('region', { name: 'Tilføj til den lokale profil' });
    expect(adding).toHaveTextContent('1 nyt element kommer med:');
    const viden = within(adding).getByRole('list', { name: 'Viden' });
    expect(within(viden).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Kende systemet']);
    expect(adding).toHaveTextContent('2 elementer findes allerede i den lokale profil og bliver ikke tilføjet igen.');
    expect(useProfileStore.getState().local).toBe(local); // nothing happens before the answer

    await user.click(within(dialog).getByRole('button', { name: 'Tilføj til den lokale profil' }));
    const merged = useProfileStore.getState().local;
    expect(merged.title).toEqual(local.title);
    expect(merged.categories[0]!.elements.map((element) => element.text.da)).toEqual(['Respektere målgruppen', 'Kende systemet']);
    expect(merged.categories[0]!.elements[1]).toMatchObject({ note: 'Vigtigt for os', marks: { should: 'yes' } });
    expect(screen.getByRole('status')).toHaveTextContent('1 element fra gruppe-2.json er tilføjet. Du kan fortryde det.');

    act(() => useProfileStore.temporal.getState().undo());
    expect(useProfileStore.getState().local).toEqual(local);
  });

  it('offers no adding when everything is already there', async () => {
    const { user, input } = setup();
    act(() => useProfileStore.getState().replaceLocal(imported()));
    await user.upload(input, jsonFile(serializeProfile(imported())));
    const dialog = await screen.findByRole('dialog', { name: 'Hvad skal der ske med profilen?' });
    expect(dialog).toHaveTextContent('Alt i profilen findes allerede i den lokale profil, så der er intet at tilføje.');
    expect(within(dialog).getByRole('button', { name: 'Tilføj til den lokale profil' })).toBeDisabled();
  });

  it('leaves the profile alone when the user cancels', async () => {
    const { user, input } = setup();
    const before = useProfileStore.getState().local;
    await user.upload(input, jsonFile(serializeProfile(imported())));
    await user.click(await screen.findByRole('button', { name: 'Annullér' }));
    expect(useProfileStore.getState().local).toBe(before);
    expect(screen.getByRole('status')).toHaveTextContent('Importen blev annulleret.');
  });

  it('tells, in an alert, what is wrong with an invalid file and leaves the profile untouched', async () => {
    const { user, input } = setup();
    const before = useProfileStore.getState().local;
    const broken = smallProfile() as unknown as { categories: { elements: { text: unknown }[] }[] };
    broken.categories[1]!.elements[0]!.text = { da: '' };
    await user.upload(input, jsonFile(JSON.stringify(broken), 'gammel.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('gammel.json kunne ikke importeres. Den lokale profil er ikke ændret.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Element 1 i Kompetencer har ingen tekst.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useProfileStore.getState().local).toBe(before);
  });

  it('lists at most three problems and says how many more there are', async () => {
    const { user, input } = setup();
    const broken = smallProfile();
    broken.categories[0]!.elements = Array.from({ length: 5 }, (_, i) => ({ id: `x${i}`, text: { da: 'x'.repeat(2001) } }));
    await user.upload(input, jsonFile(JSON.stringify(broken)));
    const items = within(await screen.findByRole('alert')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Element 1 i Viden er længere end 2000 tegn.',
      'Element 2 i Viden er længere end 2000 tegn.',
      'Element 3 i Viden er længere end 2000 tegn.',
      '… og 2 problemer mere.',
    ]);
  });

  it('shows a full-page overlay while a file is dragged over the page, and imports the dropped file', async () => {
    setup();
    const file = jsonFile(serializeProfile(imported()));
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Slip filen for at importere den')).toBeVisible();
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText('Slip filen for at importere den')).not.toBeInTheDocument();
    expect(await screen.findByRole('dialog', { name: 'Hvad skal der ske med profilen?' })).toBeInTheDocument();
  });

  it('says that only the first of several dropped files is read', async () => {
    setup();
    const files = [jsonFile(serializeProfile(imported()), 'første.json'), ...Array.from({ length: 19 }, (_, i) => jsonFile('{}', `fil${i}.json`))];
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });
    const dialog = await screen.findByRole('dialog', { name: 'Hvad skal der ske med profilen?' });
    expect(dialog).toHaveTextContent('Der kan kun importeres én fil ad gangen: første.json er læst, de 19 andre filer er ikke.');
  });

  it('ignores drags that carry no files (text, links, the board’s own drags)', () => {
    setup();
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByTestId('file-drop-overlay')).not.toBeInTheDocument();
  });

  it('hides the overlay when the file is dragged out of the window again', () => {
    setup();
    const dataTransfer = { types: ['Files'], files: [] };
    fireEvent.dragEnter(window, { dataTransfer });
    fireEvent.dragEnter(window, { dataTransfer }); // entering a child
    fireEvent.dragLeave(window, { dataTransfer });
    expect(screen.getByTestId('file-drop-overlay')).toBeInTheDocument();
    fireEvent.dragLeave(window, { dataTransfer });
    expect(screen.queryByTestId('file-drop-overlay')).not.toBeInTheDocument();
  });
});
