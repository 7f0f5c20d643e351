/**
 * The profile format: one zod schema is both the TypeScript type and the validator used at every
 * door (profiles/, localStorage, imported files). `profiles/profile.schema.json` is generated from it.
 */
import { z } from 'zod';
import { hasForbiddenCharacters, isBlank } from './characters';
import { MAX_CATEGORIES, MAX_ELEMENTS, MAX_LANGUAGE_NAME_LENGTH, MAX_LANGUAGES, MAX_MUNICIPALITY_LENGTH, MAX_QUESTIONS, MAX_TEXT_LENGTH } from './limits';

/** Bump together with a migration in `migrate.ts`; never without one, or saved work is lost. */
export const PROFILE_VERSION = 2;
// The limits live in one table (limits.ts); re-exported here for the modules that read them with the schema.
export { MAX_CATEGORIES, MAX_ELEMENTS, MAX_LANGUAGES, MAX_QUESTIONS, MAX_TEXT_LENGTH } from './limits';

/** BCP 47-ish: "da", "en", "de", "is", "sl", "ar", "pt-BR". */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'language_code');
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, 'id');
/** Any text: within the length limit, and without characters that break exports (characters.ts). */
const safeString = () => z.string().refine((text) => !hasForbiddenCharacters(text), 'bad_character');
const textSchema = safeString().max(MAX_TEXT_LENGTH);

/**
 * Text per language. Danish is required and never blank; other languages are optional, and an
 * empty string counts as "not translated yet".
 */
export const localizedTextSchema = z
  .record(languageCodeSchema, textSchema)
  .refine((text) => typeof text.da === 'string' && !isBlank(text.da), {
    message: 'missing_danish',
    path: ['da'],
  })
  .meta({ required: ['da'] });

/**
 * What each translation was made from: per translatable field, per language, the Danish text as it
 * was when that translation was written or last confirmed. A translation whose record differs from
 * today's Danish text is out of date; no record means it was made from today's Danish text.
 */
const sourceTextsSchema = z.record(languageCodeSchema, textSchema);
const translatedFromSchema = <const Field extends string>(fields: readonly Field[]) =>
  z.object(Object.fromEntries(fields.map((field) => [field, sourceTextsSchema.optional()])) as Record<Field, z.ZodOptional<typeof sourceTextsSchema>>).strict();

/** A workshop mark on one axis of the Bør / Gør matrix; no value means not decided yet. */
export const markSchema = z.enum(['yes', 'no']);

export const elementSchema = z
  .object({
    id: idSchema,
    text: localizedTextSchema,
    /** For a copy in a local profile: the id of the generic element it came from. */
    sourceId: idSchema.optional(),
    translatedFrom: translatedFromSchema(['text']).optional(),
    /** The workshop's marks: "Gør vi det i dag?" (does) and "Bør det fylde mere?" (should). */
    marks: z.object({ does: markSchema.optional(), should: markSchema.optional() }).strict().optional(),
    /** The group's own note on the element (why it was chosen or changed); not translated. */
    note: textSchema.optional(),
  })
  .strict();

/** A reflection question beside the profile, with the group's answer. */
export const questionSchema = z
  .object({
    id: idSchema,
    text: localizedTextSchema,
    /** For a question copied from the generic profile: the id of the question it came from. */
    sourceId: idSchema.optional(),
    translatedFrom: translatedFromSchema(['text']).optional(),
    /** The group's answer, in their own words; not translated. */
    answer: textSchema.optional(),
  })
  .strict();

export const categorySchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    /** A short gloss shown under the name, e.g. "jeg ved" for Viden. */
    hint: localizedTextSchema.optional(),
    /** Accent colour of the category on screen and in exports (#rrggbb). */
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'color'),
    elements: z.array(elementSchema).max(MAX_ELEMENTS),
    translatedFrom: translatedFromSchema(['name', 'hint']).optional(),
  })
  .strict();

export const languageSchema = z
  .object({
    code: languageCodeSchema,
    /** The language's own name, e.g. "Íslenska". */
    name: safeString().min(1).max(MAX_LANGUAGE_NAME_LENGTH).refine((name) => !isBlank(name), 'empty_text'),
    dir: z.enum(['ltr', 'rtl']).optional(),
  })
  .strict();

export const profileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(PROFILE_VERSION),
    id: idSchema,
    title: localizedTextSchema,
    /** The role the profile describes, e.g. "Kontaktperson+" or a local name like "Ungekoordinator". */
    role: localizedTextSchema.optional(),
    municipality: safeString().max(MAX_MUNICIPALITY_LENGTH).optional(),
    description: localizedTextSchema.optional(),
    /** Languages the profile's text is written in; Danish first. */
    languages: z.array(languageSchema).max(MAX_LANGUAGES).optional(),
    /** For a local profile: the id of the generic profile it was built from. */
    basedOn: idSchema.optional(),
    categories: z.array(categorySchema).min(1).max(MAX_CATEGORIES),
    /** Reflection questions for the workshop, answered in the local profile. */
    questions: z.array(questionSchema).max(MAX_QUESTIONS).optional(),
    translatedFrom: translatedFromSchema(['title', 'role', 'description']).optional(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const seen = new Set<string>();
    profile.categories.forEach((category, c) => {
      if (seen.has(category.id)) ctx.addIssue({ code: 'custom', message: 'duplicate_id', path: ['categories', c, 'id'] });
      seen.add(category.id);
    });
    let count = 0;
    profile.categories.forEach((category, c) =>
      category.elements.forEach((element, e) => {
        count += 1;
        if (seen.has(element.id)) {
          ctx.addIssue({ code: 'custom', message: 'duplicate_id', path: ['categories', c, 'elements', e, 'id'] });
        }
        seen.add(element.id);
      }),
    );
    if (count > MAX_ELEMENTS) ctx.addIssue({ code: 'custom', message: 'too_many_elements', path: ['categories'] });
    const questionIds = new Set<string>();
    profile.questions?.forEach((question, q) => {
      if (questionIds.has(question.id)) ctx.addIssue({ code: 'custom', message: 'duplicate_id', path: ['questions', q, 'id'] });
      questionIds.add(question.id);
    });
  });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ProfileElement = z.infer<typeof elementSchema>;
export type Mark = z.infer<typeof markSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Language = z.infer<typeof languageSchema>;
export type Profile = z.infer<typeof profileSchema>;
