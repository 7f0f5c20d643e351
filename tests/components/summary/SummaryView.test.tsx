/** The facilitator's summary on screen: groups in from files and links, counted, renamed, removed. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SummaryView from '../../../src/components/summary/SummaryView';
import { createShareLink } from '../../../src/export/shareLink';
import { genericProfile } from '../../../src/store/catalog';
import { useSummaryStore } from '../../../src/store/summaryStore';
import { threeWorkshopGroups } from '../../e2e/workshopGroups';
import { freshApp } from '../setup';

/** Waits that include a lazily loaded module: generous, since the test machine may be busy. */
const LOADING = { timeout: 10_000 };

const files = () => threeWorkshopGroups().map((profile, i) => new File([JSON.stringify(profile)], `gruppe-${i + 1}.json`, { type: 'application/json' }));

function setup() {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(<SummaryView onClose={onClose} />);
  return { user, onClose, input: screen.getByTestId('summary-file-input') as HTMLInputElement };
}

/** The item for a generic or own element, by its text. */
const item = (text: string) => screen.getAllByRole('listitem').find((li) => li.querySelector('.summary-item__text')?.textContent === text)!;

/** An item's details as "term definition" lines, as a screen reader reads the list. */
const details = (text: string) => {
  const terms = within(item(text)).queryAllByRole('term');
  const definitions = within(item(text)).queryAllByRole('definition');
  return terms.map((term, i) => `${term.textContent} ${definitions[i]!.textContent}`);
};

beforeEach(() => {
  freshApp();
  useSummaryStore.getState().clearGroups();
});

describe('the summary of all groups', () => {
  it('takes several files at once and counts, per generic element, the groups that kept it', async () => {
    const { user, input } = setup();
    expect(screen.getByText('Ingen grupper endnu. Tilføj gruppernes filer eller links ovenfor.')).toBeInTheDocument();
    await user.upload(input, files());

    expect(await screen.findByRole('heading', { name: '3 grupper' }, LOADING)).toBeInTheDocument();
    expect(screen.getByText('3 grupper er tilføjet.')).toHaveAttribute('role', 'status');
    expect(screen.getAllByRole('textbox', { name: /^Navn på gruppe/ }).map((field) => (field as HTMLInputElement).value)).toEqual([
      'Ungekoordinatorerne',
      'Team Nord',
      'Jobcentret',
    ]);
    expect(item('Respektere målgruppen')).toHaveTextContent('3 af 3 grupper');
    expect(details('Respektere målgruppen')).toEqual(['Gør vi det i dag? 2 ja, 1 nej', 'Bør det fylde mere? 3 ja, 0 nej']);
    expect(item('Håndtere data')).toHaveTextContent('0 af 3 grupper');
    expect(details('Kende systemet, målgruppen og deres behov')).toEqual([
      'Også kaldt: «Kende ungenetværket» (Ungekoordinatorerne, Jobcentret); «Kende kommunens system» (Team Nord)',
    ]);
    expect(item('Samarbejde med FGU')).toHaveTextContent('2 af 3 grupper');
    expect(details('Samarbejde med FGU')).toEqual([
      'Grupper: Ungekoordinatorerne, Team Nord',
      'Bør det fylde mere? 1 ja, 0 nej',
      'Note fra Ungekoordinatorerne: FGU skal med fra start.',
    ]);

    const answers = screen.getByRole('article', { name: 'Hvem er med i vores kædeansvar?' });
    expect(within(answers).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'UngekoordinatorerneUU, FGU og jobcentret.',
      'Team NordIkke besvaret',
      'JobcentretVirksomhederne i byen.',
    ]);
  });

  it('uses the names the facilitator gives, and recounts when a group is removed', async () => {
    const { user, input } = setup();
    await user.upload(input, files());
    const name = await screen.findByRole('textbox', { name: 'Navn på gruppe 2' }, LOADING);
    await user.clear(name);
    await user.type(name, 'Nord');
    expect(item('Kende systemet, målgruppen og deres behov')).toHaveTextContent('«Kende kommunens system» (Nord)');

    await user.click(screen.getByRole('button', { name: 'Fjern Jobcentret fra opsummeringen' }));
    expect(screen.getByRole('heading', { name: '2 grupper' })).toHaveFocus();
    expect(item('Respektere målgruppen')).toHaveTextContent('2 af 2 grupper');
    expect(screen.queryByText('Tale med forældrene')).not.toBeInTheDocument();
  });

  it('takes pasted links, and says which files and links it could not use and why', async () => {
    const { user, input } = setup();
    const generic = genericProfile('kontaktperson-plus');
    const [first, second] = threeWorkshopGroups();
    const links = [createShareLink(first!, generic, 'https://x.dk/'), createShareLink(second!, generic, 'https://x.dk/')];
    await user.click(screen.getByLabelText('Indsæt links fra grupperne (ét pr. linje)'));
    await user.paste(`${links[0]}\nHer er vores: ${links[1]}\n${links[1]!.slice(0, 200)}`);
    await user.click(screen.getByRole('button', { name: 'Tilføj links' }));

    const alert = await screen.findByRole('alert', undefined, LOADING);
    expect(alert).toHaveTextContent('2 grupper er tilføjet.');
    expect(alert).toHaveTextContent('Link 3: Linket er beskadiget');
    expect(screen.getByRole('heading', { name: '2 grupper' })).toBeInTheDocument();

    await user.upload(input, [new File(['<html><body>Hej</body></html>'], 'gemt-side.json', { type: 'application/json' }), files()[0]!]);
    const refused = await screen.findByRole('alert', undefined, LOADING);
    expect(refused).toHaveTextContent('gemt-side.json: Filen er en webside (HTML), ikke en profil.');
    expect(refused).toHaveTextContent('gruppe-1.json: Den samme profil er allerede med i opsummeringen.');
  });

  it('goes back to the profile with the back button', async () => {
    const { user, onClose } = setup();
    await user.click(screen.getByRole('button', { name: /Tilbage til profilen/ }));
    expect(onClose).toHaveBeenCalled();
  });
});
