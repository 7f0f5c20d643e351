import { beforeEach, describe, expect, it } from 'vitest';
import { findElement } from '../../src/domain/operations';
import { useProfileStore } from '../../src/store/profileStore';
import { resetStore } from './resetStore';

const store = () => useProfileStore.getState();
const history = () => useProfileStore.temporal.getState();
const element = (id: string) => findElement(store().local, id)!.element;

beforeEach(resetStore);

describe('marks and notes in the store', () => {
  it('each change is one undo step, and a change that changes nothing is none', () => {
    const id = store().addCopy('danne-relationer', 'kompetencer')!;
    history().clear();
    store().setMark(id, 'does', 'yes');
    store().setMark(id, 'does', 'yes');
    store().placeInQuadrant(id, 'begin');
    store().setNote(id, 'Vores kerne');
    store().annotate(id, { does: 'yes', should: 'yes' }, 'Vores kerne – også i Tønder');
    expect(history().pastStates).toHaveLength(4);
    expect(element(id)).toMatchObject({ marks: { does: 'yes', should: 'yes' }, note: 'Vores kerne – også i Tønder' });
    history().undo();
    expect(element(id)).toMatchObject({ marks: { does: 'no', should: 'yes' }, note: 'Vores kerne' });
    history().undo(2);
    expect(element(id).marks).toEqual({ does: 'yes' });
    expect(element(id)).not.toHaveProperty('note');
  });
});

describe('reflection questions in the store', () => {
  it('a new local profile starts with the generic profile\'s questions', () => {
    expect(store().local.questions?.length).toBeGreaterThanOrEqual(5);
    expect(store().local.questions![0]!.sourceId).toBeDefined();
    store().startOver('copy', 'kontaktperson-kui');
    expect(store().local.questions?.every((q) => q.sourceId)).toBe(true);
  });

  it('adds, rewords in the profile language, answers, moves and removes, each undoable', () => {
    history().clear();
    const id = store().addQuestion('Hvem mangler i vores kædeansvar?')!;
    expect(store().local.questions!.at(-1)).toMatchObject({ id, text: { da: 'Hvem mangler i vores kædeansvar?' } });
    store().setContentLanguage('en');
    store().editQuestion(id, 'Who is missing from our chain?');
    store().answerQuestion(id, 'FGU og virksomhederne');
    store().moveQuestion(id, -1);
    expect(store().local.questions!.at(-2)).toMatchObject({ text: { da: 'Hvem mangler i vores kædeansvar?', en: 'Who is missing from our chain?' }, answer: 'FGU og virksomhederne' });
    store().removeQuestion(id);
    expect(store().local.questions!.some((q) => q.id === id)).toBe(false);
    expect(history().pastStates).toHaveLength(5);
    history().undo();
    expect(store().local.questions!.some((q) => q.id === id)).toBe(true);
  });

  it('refuses an empty question and says so by returning no id', () => {
    expect(store().addQuestion('   ')).toBeUndefined();
  });

  it('brings back the generic questions into work saved without them', () => {
    const withoutQuestions = { ...store().local };
    delete withoutQuestions.questions;
    useProfileStore.setState({ local: withoutQuestions });
    store().addMissingQuestions();
    expect(store().local.questions?.length).toBeGreaterThanOrEqual(5);
  });
});
