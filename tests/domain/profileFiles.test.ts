import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../src/domain/jsonSchema';
import { restoreProfile } from '../../src/domain/migrate';

const dir = join(__dirname, '../../profiles');
const schemaPath = join(dir, 'profile.schema.json');
const profileFiles = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'profile.schema.json');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('profiles/profile.schema.json', () => {
  it('is the schema generated from the zod model (run `npm run schema` after changing it)', () => {
    const generated = `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA) writeFileSync(schemaPath, generated);
    expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
  });
});

describe.each(profileFiles)('profiles/%s', (name) => {
  it('is valid against the published JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(readJson(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is named by its id (the app knows the id from the file name before loading it)', () => {
    expect(`${(readJson(name) as { id: string }).id}.json`).toBe(name);
  });

  // The app bundles these files and uses them without validating at run time (src/store/catalog.ts:
  // a first visit loads no validator), so each must be exactly what the door makes of it, down to the
  // order of its keys (the saved undo history compares profiles as JSON text).
  it('comes through restoreProfile as it is: valid, current version, nothing to repair, keys in order', () => {
    const data = readJson(name);
    const result = restoreProfile(data);
    expect(result).toEqual({ ok: true, profile: data });
    if (result.ok) expect(JSON.stringify(result.profile)).toBe(JSON.stringify(data));
  });
});

describe('the generic Kontaktperson+ profile', () => {
  it('has the 20 published elements: 6 Viden, 6 Færdigheder, 8 Kompetencer, in da, en and de', () => {
    const result = restoreProfile(readJson('kontaktperson-plus.json'));
    if (!result.ok) throw new Error('invalid');
    const categories = result.profile.categories;
    expect(categories.map((c) => [c.name.da, c.elements.length])).toEqual([
      ['Viden', 6],
      ['Færdigheder', 6],
      ['Kompetencer', 8],
    ]);
    expect(categories[0]!.elements[0]!.text).toEqual({
      da: 'Respektere målgruppen',
      en: 'Respect the target group',
      de: 'Die Zielgruppe respektieren',
    });
    for (const element of categories.flatMap((c) => c.elements)) {
      expect(Object.keys(element.text).sort()).toEqual(['da', 'de', 'en']);
    }
  });
});

describe.each(['kontaktperson-plus.json', 'kontaktperson-kui.json'])('the reflection questions in %s', (name) => {
  it('are there, each in Danish, English and German', () => {
    const result = restoreProfile(readJson(name));
    if (!result.ok) throw new Error('invalid');
    const questions = result.profile.questions ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const question of questions) expect(Object.keys(question.text).sort()).toEqual(['da', 'de', 'en']);
  });
});
