import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProfileStore } from '../../src/store/profileStore';
import { renderApp } from './renderApp';
import { importBeforeFirstTest } from './setup';

const localElement = (text: string) =>
  useProfileStore.getState().local.categories.flatMap((c) => c.elements).find((e) => e.text.da === text)!;

async function annotate(app: ReturnType<typeof renderApp>, text: string, does: string, should: string, note?: string) {
  const menu = await app.menuOf(app.local(), text);
  await app.user.click(within(menu).getByRole('menuitem', { name: 'Bør/Gør og note …' }));
  const dialog = await screen.findByRole('dialog', { name: `Bør/Gør og note ${text}` });
  await app.user.click(within(within(dialog).getByRole('group', { name: 'Gør vi det i dag?' })).getByRole('radio', { name: does }));
  await app.user.click(within(within(dialog).getByRole('group', { name: 'Bør det fylde mere?' })).getByRole('radio', { name: should }));
  if (note !== undefined) {
    const field = within(dialog).getByRole('textbox', { name: 'Note – med jeres egne ord' });
    await app.user.clear(field);
    if (note) await app.user.type(field, note);
  }
  await app.user.click(within(dialog).getByRole('button', { name: 'Gem' }));
}

importBeforeFirstTest(() => import('../../src/components/workshop/AnnotateDialog'), () => import('../../src/components/workshop/MatrixView'), () => import('../../src/components/workshop/QuestionsPanel'));

describe('marks and notes on the local profile', () => {
  it('marks an element and writes a note from its menu; the card says both in words; one undo takes it back', async () => {
    const app = renderApp();
    await app.addToLocal('Danne relationer', 'Kompetencer');
    await annotate(app, 'Danne relationer', 'Ja', 'Nej', 'Sådan siger vi det i Helsingør');
    const card = within(app.local()).getByRole('listitem', { name: 'Danne relationer' });
    expect(card).toHaveTextContent('Gør vi i dag');
    expect(card).toHaveTextContent('Bør ikke fylde mere');
    expect(card).toHaveTextContent('Note: Sådan siger vi det i Helsingør');
    expect(localElement('Danne relationer')).toMatchObject({ marks: { does: 'yes', should: 'no' }, note: 'Sådan siger vi det i Helsingør' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Focus goes back to the card's menu button.
    expect(document.activeElement).toHaveAccessibleName('Handlinger for: Danne relationer');

    await app.user.click(within(screen.getByRole('toolbar')).getByRole('button', { name: 'Fortryd' }));
    expect(localElement('Danne relationer')).not.toHaveProperty('marks');
    expect(within(app.local()).getByRole('listitem', { name: 'Danne relationer' })).not.toHaveTextContent('Gør vi');
  });

  it('opens the dialog with what is set, and "Ikke afgjort" clears a mark', async () => {
    const app = renderApp();
    await app.addToLocal('Håndtere data', 'Kompetencer');
    await annotate(app, 'Håndtere data', 'Nej', 'Ja');
    const menu = await app.menuOf(app.local(), 'Håndtere data');
    await app.user.click(within(menu).getByRole('menuitem', { name: 'Bør/Gør og note …' }));
    const dialog = await screen.findByRole('dialog');
    const does = within(dialog).getByRole('group', { name: 'Gør vi det i dag?' });
    expect(within(does).getByRole('radio', { name: 'Nej' })).toBeChecked();
    await app.user.click(within(does).getByRole('radio', { name: 'Ikke afgjort' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(localElement('Håndtere data').marks).toEqual({ should: 'yes' });
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const app = renderApp();
    await app.addToLocal('Håndtere data', 'Kompetencer');
    const before = useProfileStore.getState().local;
    const menu = await app.menuOf(app.local(), 'Håndtere data');
    await app.user.click(within(menu).getByRole('menuitem', { name: 'Bør/Gør og note …' }));
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(within(dialog).getByRole('group', { name: 'Gør vi det i dag?' })).getByRole('radio', { name: 'Ja' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Annuller' }));
    expect(useProfileStore.getState().local).toBe(before);
  });

  it('shows only what we should strengthen, and says how many of all are shown', async () => {
    const app = renderApp();
    await app.addToLocal('Danne relationer', 'Kompetencer');
    await app.addToLocal('Håndtere data', 'Kompetencer');
    await annotate(app, 'Håndtere data', 'Nej', 'Ja');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Vis' }), 'Det, vi bør styrke');
    expect(within(app.local()).getByRole('listitem', { name: 'Håndtere data' })).toBeVisible();
    expect(within(app.local()).queryByRole('listitem', { name: 'Danne relationer' })).not.toBeInTheDocument();
    expect(screen.getByText('Viser 1 af 2 elementer')).toBeInTheDocument();
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Vis' }), 'Alle elementer');
    expect(within(app.local()).getByRole('listitem', { name: 'Danne relationer' })).toBeInTheDocument();
  });
});

describe('the Bør / Gør matrix', () => {
  it('places the elements in quadrants by their marks, and the dialog moves one to another quadrant', async () => {
    const app = renderApp();
    await app.addToLocal('Danne relationer', 'Kompetencer');
    await app.addToLocal('Håndtere data', 'Kompetencer');
    await annotate(app, 'Danne relationer', 'Ja', 'Ja');
    await app.user.click(screen.getByRole('button', { name: 'Bør/Gør-matrix' }));
    await screen.findByRole('region', { name: /^Styrk/ }); // the matrix's code loads when it is first opened
    const quadrant = (name: RegExp) => screen.getByRole('region', { name });
    expect(within(quadrant(/^Styrk/)).getByRole('listitem', { name: 'Danne relationer' })).toHaveTextContent('Kompetencer');
    expect(within(quadrant(/^Ikke afgjort/)).getByRole('listitem', { name: 'Håndtere data' })).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Bør/Gør og note for: Håndtere data' }));
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(within(dialog).getByRole('group', { name: 'Gør vi det i dag?' })).getByRole('radio', { name: 'Nej' }));
    await app.user.click(within(within(dialog).getByRole('group', { name: 'Bør det fylde mere?' })).getByRole('radio', { name: 'Nej' }));
    await app.user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(within(quadrant(/^Lad ligge/)).getByRole('listitem', { name: 'Håndtere data' })).toBeInTheDocument();
    expect(within(quadrant(/^Ikke afgjort/)).queryByRole('listitem')).not.toBeInTheDocument();
  });
});

describe('reflection questions', () => {
  const openQuestions = async (app: ReturnType<typeof renderApp>) => {
    await app.user.click(screen.getByRole('button', { name: /Refleksionsspørgsmål/ }));
    return screen.findByRole('complementary', { name: 'Refleksionsspørgsmål' });
  };

  it('lists the generic profile\'s questions, and an answer is saved with the profile after a pause or on leaving', async () => {
    const app = renderApp();
    const panel = await openQuestions(app);
    const first = useProfileStore.getState().local.questions![0]!;
    const answer = within(panel).getByRole('textbox', { name: `1. ${first.text.da}` });
    await app.user.type(answer, 'Relationer og vejledning');
    await app.user.tab();
    expect(useProfileStore.getState().local.questions![0]!.answer).toBe('Relationer og vejledning');
    expect(screen.getByRole('button', { name: /Refleksionsspørgsmål/ })).toHaveTextContent('1 af 8 besvaret');
    // One undo step for the whole answer, not one per letter.
    expect(useProfileStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('adds an own question, rewords it, moves it up, and deletes it', async () => {
    const app = renderApp();
    const panel = await openQuestions(app);
    await app.user.click(within(panel).getByRole('button', { name: 'Tilføj eget spørgsmål' }));
    await app.user.type(within(panel).getByRole('textbox', { name: 'Tekst til jeres eget spørgsmål' }), 'Hvem mangler vi?{Enter}');
    const questions = () => useProfileStore.getState().local.questions!.map((q) => q.text.da);
    expect(questions().at(-1)).toBe('Hvem mangler vi?');

    await app.user.click(within(panel).getByRole('button', { name: 'Handlinger for spørgsmål 9' }));
    await app.user.click(screen.getByRole('menuitem', { name: 'Omformulér' }));
    const editor = within(panel).getByRole('textbox', { name: 'Ny tekst til spørgsmål 9' });
    await app.user.clear(editor);
    await app.user.type(editor, 'Hvem mangler i kædeansvaret?{Enter}');
    expect(questions().at(-1)).toBe('Hvem mangler i kædeansvaret?');

    await app.user.click(within(panel).getByRole('button', { name: 'Handlinger for spørgsmål 9' }));
    await app.user.click(screen.getByRole('menuitem', { name: 'Flyt op' }));
    expect(questions().at(-2)).toBe('Hvem mangler i kædeansvaret?');

    await app.user.click(within(panel).getByRole('button', { name: 'Handlinger for spørgsmål 8' }));
    await app.user.click(screen.getByRole('menuitem', { name: 'Slet spørgsmålet' }));
    expect(questions()).not.toContain('Hvem mangler i kædeansvaret?');
    expect(questions()).toHaveLength(8);
  });

  it('refuses an empty question with a message and keeps the list as it was', async () => {
    const app = renderApp();
    const panel = await openQuestions(app);
    const before = useProfileStore.getState().local;
    await app.user.click(within(panel).getByRole('button', { name: 'Tilføj eget spørgsmål' }));
    await app.user.type(within(panel).getByRole('textbox', { name: 'Tekst til jeres eget spørgsmål' }), '   {Enter}');
    expect(within(panel).getByRole('alert')).toHaveTextContent('Teksten må ikke være tom');
    expect(useProfileStore.getState().local).toBe(before);
  });

  it('shows an answer that changed from outside (undo) in its field', async () => {
    const app = renderApp();
    const panel = await openQuestions(app);
    const first = useProfileStore.getState().local.questions![0]!;
    act(() => useProfileStore.getState().answerQuestion(first.id, 'Fra en anden fane'));
    expect(within(panel).getByRole('textbox', { name: `1. ${first.text.da}` })).toHaveValue('Fra en anden fane');
    act(() => useProfileStore.temporal.getState().undo());
    expect(within(panel).getByRole('textbox', { name: `1. ${first.text.da}` })).toHaveValue('');
  });
});

describe('the matrix in the presentation', () => {
  it('ends the local profile\'s presentation with the matrix once something is marked', async () => {
    const app = renderApp();
    await app.addToLocal('Danne relationer', 'Kompetencer');
    await annotate(app, 'Danne relationer', 'Nej', 'Ja');
    await app.user.click(screen.getByRole('button', { name: /Præsentér/ }));
    const presentation = await screen.findByRole('dialog', { name: /^Præsentation:/ });
    await app.user.keyboard('{End}');
    const begin = within(presentation).getByRole('region', { name: 'Begynd: gør vi ikke i dag, bør fylde mere' });
    expect(within(begin).getByRole('listitem')).toHaveTextContent('Danne relationer');
    expect(within(presentation).getByRole('status')).toHaveTextContent('Bør/Gør-matrix');
  });
});
