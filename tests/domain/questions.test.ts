import { describe, expect, it } from 'vitest';
import { createLocalProfile } from '../../src/domain/operations';
import { MAX_QUESTIONS, profileSchema, type Profile } from '../../src/domain/profile';
import {
  addMissingQuestions,
  addQuestion,
  answerQuestion,
  copyQuestions,
  countAnswered,
  editQuestion,
  moveQuestion,
  removeQuestion,
} from '../../src/domain/questions';
import { counter, smallProfile } from './fixtures';

function withQuestions(): Profile {
  return {
    ...smallProfile(),
    questions: [
      { id: 'i-spil', text: { da: 'Hvilke kompetencer er i spil i dag?', en: 'Which competences are in play today?' } },
      { id: 'mere-i-spil', text: { da: 'Hvilke bør komme mere i spil?' } },
    ],
  };
}

const local = () => createLocalProfile(withQuestions(), 'empty', counter());
const texts = (profile: Profile) => (profile.questions ?? []).map((q) => q.text.da);

describe('a new local profile', () => {
  it('gets copies of the generic questions with new ids and a link back, in both ways of starting', () => {
    for (const mode of ['empty', 'copy'] as const) {
      const profile = createLocalProfile(withQuestions(), mode, counter('q'));
      expect(profile.questions).toEqual([
        { id: expect.stringMatching(/^q\d+$/), text: withQuestions().questions![0]!.text, sourceId: 'i-spil' },
        { id: expect.stringMatching(/^q\d+$/), text: { da: 'Hvilke bør komme mere i spil?' }, sourceId: 'mere-i-spil' },
      ]);
      expect(profileSchema.safeParse(profile).success).toBe(true);
    }
  });

  it('has no questions field when the generic profile has none', () => {
    expect(createLocalProfile(smallProfile(), 'empty', counter())).not.toHaveProperty('questions');
  });

  it('copies the texts, never sharing objects with the generic profile', () => {
    const generic = withQuestions();
    const copies = copyQuestions(generic, counter());
    expect(copies[0]!.text).not.toBe(generic.questions![0]!.text);
  });
});

describe('editing questions', () => {
  it('rewords a question in one language and keeps the others', () => {
    const profile = local();
    const id = profile.questions![0]!.id;
    const edited = editQuestion(profile, id, 'da', 'Hvilke kompetencer bruger vi allerede?');
    expect(edited.questions![0]!.text).toEqual({ da: 'Hvilke kompetencer bruger vi allerede?', en: 'Which competences are in play today?' });
    expect(edited.questions![0]!.sourceId).toBe('i-spil');
  });

  it('refuses blank and over-long text, and returns the same object for no-ops', () => {
    const profile = local();
    const id = profile.questions![0]!.id;
    expect(editQuestion(profile, id, 'da', '  ')).toBe(profile);
    expect(editQuestion(profile, id, 'da', 'x'.repeat(2001))).toBe(profile);
    expect(editQuestion(profile, id, 'da', 'Hvilke kompetencer er i spil i dag?')).toBe(profile);
    expect(editQuestion(profile, 'missing', 'da', 'Noget')).toBe(profile);
  });

  it('adds the group\'s own question at the end, with Danish text even when written in English', () => {
    const added = addQuestion(local(), 'own', '  Who  else is in our chain? ', 'en');
    expect(added.questions!.at(-1)).toEqual({ id: 'own', text: { da: 'Who else is in our chain?', en: 'Who else is in our chain?' } });
    expect(profileSchema.safeParse(added).success).toBe(true);
  });

  it('refuses a blank question, a used id and a 51st question', () => {
    const profile = local();
    expect(addQuestion(profile, 'own', '   ', 'da')).toBe(profile);
    expect(addQuestion(profile, profile.questions![0]!.id, 'Noget', 'da')).toBe(profile);
    let full: Profile = { ...profile, questions: [] };
    for (let i = 0; i < MAX_QUESTIONS; i++) full = addQuestion(full, `q${i}`, `Spørgsmål ${i + 1}`, 'da');
    expect(full.questions).toHaveLength(MAX_QUESTIONS);
    expect(addQuestion(full, 'one-more', 'Et til', 'da')).toBe(full);
  });

  it('adds to a profile that had no questions at all', () => {
    expect(addQuestion(smallProfile(), 'own', 'Hvem mangler?', 'da').questions).toEqual([{ id: 'own', text: { da: 'Hvem mangler?' } }]);
  });

  it('removes one question', () => {
    const profile = local();
    expect(texts(removeQuestion(profile, profile.questions![0]!.id))).toEqual(['Hvilke bør komme mere i spil?']);
    expect(removeQuestion(profile, 'missing')).toBe(profile);
  });

  it('moves a question up and down, stopping at the ends', () => {
    const profile = local();
    const [first, second] = profile.questions!;
    expect(texts(moveQuestion(profile, first!.id, 1))).toEqual(['Hvilke bør komme mere i spil?', 'Hvilke kompetencer er i spil i dag?']);
    expect(texts(moveQuestion(profile, second!.id, -1))).toEqual(['Hvilke bør komme mere i spil?', 'Hvilke kompetencer er i spil i dag?']);
    expect(moveQuestion(profile, first!.id, -1)).toBe(profile);
    expect(moveQuestion(profile, second!.id, 1)).toBe(profile);
  });
});

describe('answers', () => {
  it('saves, rewrites and clears an answer, keeping line breaks, and counts what is answered', () => {
    const profile = local();
    const id = profile.questions![1]!.id;
    const answered = answerQuestion(profile, id, ' Relationer\r\nog kædeansvar ');
    expect(answered.questions![1]!.answer).toBe('Relationer\nog kædeansvar');
    expect(countAnswered(answered)).toBe(1);
    expect(answerQuestion(answered, id, 'Relationer\nog kædeansvar')).toBe(answered);
    const cleared = answerQuestion(answered, id, '  ');
    expect(cleared.questions![1]).not.toHaveProperty('answer');
    expect(countAnswered(cleared)).toBe(0);
  });

  it('refuses an answer over 2,000 characters and leaves the others alone', () => {
    const profile = local();
    const id = profile.questions![0]!.id;
    expect(answerQuestion(profile, id, 'x'.repeat(2001))).toBe(profile);
    const answered = answerQuestion(profile, id, 'Ja');
    expect(answered.questions![1]).toBe(profile.questions![1]);
  });
});

describe('addMissingQuestions', () => {
  it('adds back the generic questions a local profile lacks, and nothing twice', () => {
    const generic = withQuestions();
    const old = createLocalProfile(smallProfile(), 'empty', counter());
    const filled = addMissingQuestions(old, generic, counter('q'));
    expect(filled.questions!.map((q) => q.sourceId)).toEqual(['i-spil', 'mere-i-spil']);
    expect(addMissingQuestions(filled, generic, counter('x'))).toBe(filled);
    const oneGone = removeQuestion(filled, filled.questions![0]!.id);
    expect(addMissingQuestions(oneGone, generic, counter('x')).questions!.map((q) => q.sourceId)).toEqual(['mere-i-spil', 'i-spil']);
  });
});
