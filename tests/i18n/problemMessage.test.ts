import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem, ProblemCode } from '../../src/domain/migrate';
import { i18next, setupI18n } from '../../src/i18n';
import { describeProblem, describeProblems } from '../../src/i18n/problemMessage';

beforeAll(() => {
  setupI18n('da');
});

const missing: Problem = { code: 'missing_text', category: 'Færdigheder', element: 3, field: 'text' };

describe('describeProblem', () => {
  it('says in Danish which element in which category has no text', () => {
    expect(describeProblem(missing, i18next.getFixedT('da'))).toBe('Element 3 i Færdigheder har ingen tekst.');
  });

  it('says the same in English and German', () => {
    expect(describeProblem(missing, i18next.getFixedT('en'))).toBe('Element 3 in Færdigheder has no text.');
    expect(describeProblem(missing, i18next.getFixedT('de'))).toBe('Element 3 in Færdigheder hat keinen Text.');
  });

  it('names a field of a category and of the profile in the user’s language', () => {
    expect(describeProblem({ code: 'bad_value', category: 'Viden', field: 'color' }, i18next.getFixedT('da'))).toBe(
      'Feltet “farve” i kategorien Viden har en værdi, der ikke er tilladt.',
    );
    expect(describeProblem({ code: 'missing_text', field: 'title' }, i18next.getFixedT('en'))).toBe('The field “title” has no text.');
  });

  const codes: ProblemCode[] = [
    'not_json', 'too_large', 'not_a_profile', 'newer_version', 'missing_text', 'empty_text', 'text_too_long',
    'too_many_elements', 'duplicate_id', 'bad_id', 'bad_value', 'binary_file', 'html_file', 'png_without_profile', 'unreadable_file',
  ];
  it.each(['da', 'en', 'de'])('has a finished sentence for every code in %s', (lang) => {
    const t = i18next.getFixedT(lang);
    for (const code of codes) {
      const sentence = describeProblem({ code, category: 'Viden', element: 1 }, t);
      expect(sentence).toMatch(/^\S.*[.]$/);
      expect(sentence).not.toMatch(/import\.|\{\{|\}\}/);
    }
  });
});

describe('describeProblems', () => {
  it('lists at most three problems and says how many more there are', () => {
    const problems = Array.from({ length: 5 }, (_, i): Problem => ({ code: 'empty_text', category: 'Viden', element: i + 1 }));
    expect(describeProblems(problems, i18next.getFixedT('da'))).toEqual([
      'Element 1 i Viden er tom.',
      'Element 2 i Viden er tom.',
      'Element 3 i Viden er tom.',
      '… og 2 problemer mere.',
    ]);
    expect(describeProblems(problems.slice(0, 4), i18next.getFixedT('en')).at(-1)).toBe('… and 1 more problem.');
  });
});
