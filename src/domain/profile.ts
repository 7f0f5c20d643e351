/**
 * The profile format: one zod schema is both the TypeScript type and the validator used at every
 * door (profiles/, localStorage, imported files). `profiles/profile.schema.json` is generated from it.
 * zod/mini, not classic zod: the same schemas and issues, as functions that a bundle keeps only when
 * used, so the validator costs the first load about 6 KB gzip instead of 24 (issue 8's 150 KB budget).
 */
import * as z from 'zod/mini';
import { hasForbiddenCharacters, isBlank } from './characters';
import { LANGUAGE_CODE_PATTERN, PROFILE_VERSION } from './formatRules';
import { MAX_CATEGORIES, MAX_ELEMENTS, MAX_LANGUAGE_NAME_LENGTH, MAX_LANGUAGES, MAX_MUNICIPALITY_LENGTH, MAX_QUESTIONS, MAX_TEXT_LENGTH } from './limits';

// No eval: zod's compiled fast path probes with new Function(), which a strict Content Security Policy
// (securityHeaders.ts) reports as a violation. Parsing stays fast enough for profiles of 1,000 elements.
z.config({ jitless: true });

// The version and the limits live apart (formatRules.ts, limits.ts), so code that needs only them does
// not load zod; re-exported here for the modules that read them with the schema.
export { PROFILE_VERSION } from './formatRules';
export { MAX_CATEGORIES, MAX_ELEMENTS, MAX_LANGUAGES, MAX_QUESTIONS, MAX_TEXT_LENGTH } from './limits';

/** BCP 47-ish: "da", "en", "de", "is", "sl", "ar", "pt-BR". */
export const languageCodeSchema = z.string().check(z.regex(LANGUAGE_CODE_PATTERN, 'language_code'));
export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, 'id'));
/** Any text: within the length limit, and without characters that break exports (characters.ts). */
const noForbiddenCharacters = () => z.refine<string>((text) => !hasForbiddenCharacters(text), 'bad_character');
const textSchema = z.string().check(noForbiddenCharacters(), z.maxLength(MAX_TEXT_LENGTH));

/**
 * Text per language. Danish is required and never blank; other languages are optional, and an
 * empty string counts as "not translated yet".
 */
export const localizedTextSchema = z
  .record(languageCodeSchema, textSchema)
  .check(
    z.refine((text) => typeof text.da === 'string' && !isBlank(text.da), {
      message: 'missing_danish',
      path: ['da'],
    }),
  )
  .register(z.globalRegistry, { required: ['da'] });

/**
 * What each translation was made from: per translatable field, per language, the Danish text as it
 * was when that translation was written or last confirmed. A translation whose record differs from
 * today's Danish text is out of date; no record means it was made from today's Danish text.
 */
const sourceTextsSchema = z.record(languageCodeSchema, textSchema);
const translatedFromSchema = <const Field extends string>(fields: readonly Field[]) =>
  z.strictObject(Object.fromEntries(fields.map((field) => [field, z.optional(sourceTextsSchema)])) as Record<Field, z.ZodMiniOptional<typeof sourceTextsSchema>>);

/** A workshop mark on one axis of the Bør / Gør matrix; no value means not decided yet. */
export const markSchema = z.enum(['yes', 'no']);

export const elementSchema = z.strictObject({
  id: idSchema,
  text: localizedTextSchema,
  /** For a copy in a local profile: the id of the generic element it came from. */
  sourceId: z.optional(idSchema),
  translatedFrom: z.optional(translatedFromSchema(['text'])),
  /** The workshop's marks: "Gør vi det i dag?" (does) and "Bør det fylde mere?" (should). */
  marks: z.optional(z.strictObject({ does: z.optional(markSchema), should: z.optional(markSchema) })),
  /** The group's own note on the element (why it was chosen or changed); not translated. */
  note: z.optional(textSchema),
});

/** A reflection question beside the profile, with the group's answer. */
export const questionSchema = z.strictObject({
  id: idSchema,
  text: localizedTextSchema,
  /** For a question copied from the generic profile: the id of the question it came from. */
  sourceId: z.optional(idSchema),
  translatedFrom: z.optional(translatedFromSchema(['text'])),
  /** The group's answer, in their own words; not translated. */
  answer: z.optional(textSchema),
});

export const categorySchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** A short gloss shown under the name, e.g. "jeg ved" for Viden. */
  hint: z.optional(localizedTextSchema),
  /** Accent colour of the category on screen and in exports (#rrggbb). */
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'color')),
  elements: z.array(elementSchema).check(z.maxLength(MAX_ELEMENTS)),
  translatedFrom: z.optional(translatedFromSchema(['name', 'hint'])),
});

export const languageSchema = z.strictObject({
  code: languageCodeSchema,
  /** The language's own name, e.g. "Íslenska". */
  name: z.string().check(
    noForbiddenCharacters(),
    z.minLength(1),
    z.maxLength(MAX_LANGUAGE_NAME_LENGTH),
    z.refine<string>((name) => !isBlank(name), 'empty_text'),
  ),
  dir: z.optional(z.enum(['ltr', 'rtl'])),
});

export const profileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(PROFILE_VERSION),
    id: idSchema,
    title: localizedTextSchema,
    /** The role the profile describes, e.g. "Kontaktperson+" or a local name like "Ungekoordinator". */
    role: z.optional(localizedTextSchema),
    municipality: z.optional(z.string().check(noForbiddenCharacters(), z.maxLength(MAX_MUNICIPALITY_LENGTH))),
    description: z.optional(localizedTextSchema),
    /** "Om profilen" (generic profiles): why the profile exists and what it is for. */
    purpose: z.optional(localizedTextSchema),
    /** "Om profilen": who made the profile, in which projects. */
    credits: z.optional(localizedTextSchema),
    /** "Om profilen": where to find examples of the profile in practice. */
    practiceExamples: z.optional(localizedTextSchema),
    /** Languages the profile's text is written in; Danish first. */
    languages: z.optional(z.array(languageSchema).check(z.maxLength(MAX_LANGUAGES))),
    /** For a local profile: the id of the generic profile it was built from. */
    basedOn: z.optional(idSchema),
    categories: z.array(categorySchema).check(z.minLength(1), z.maxLength(MAX_CATEGORIES)),
    /** Reflection questions for the workshop, answered in the local profile. */
    questions: z.optional(z.array(questionSchema).check(z.maxLength(MAX_QUESTIONS))),
    translatedFrom: z.optional(translatedFromSchema(['title', 'role', 'description'])),
  })
  .check(
    z.superRefine((profile, ctx) => {
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
    }),
  );

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ProfileElement = z.infer<typeof elementSchema>;
export type Mark = z.infer<typeof markSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Language = z.infer<typeof languageSchema>;
export type Profile = z.infer<typeof profileSchema>;
