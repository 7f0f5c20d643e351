/**
 * Generators for the property tests: valid profiles (including nasty but legal text), mutations of
 * them (a value replaced, a key dropped, an old version claimed), and the raw material of hostile
 * input: control characters, lone surrogates, noncharacters, zero-width and bidi characters.
 */
import fc from 'fast-check';
import { PROFILE_VERSION, type Profile } from '../../src/domain/profile';

/** Characters that have broken something before, mixed into ordinary text. */
export const NASTY_CHARACTERS = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ufffe', '\uffff', '\ufeff',
  '\u200b', '\u200c', '\u200d', '\u2060', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069',
  '\t', '\n', '\r', ' ', '\u00a0', '<', '>', '&', '"', "'", '\\', '{{', '}}', '__proto__',
  'æ', 'ø', 'å', 'Æ', 'ł', 'ő', 'š', 'ж', 'ع', '👩🏽‍🏫',
];

/** Any text, weighted towards the characters that break things. */
export const anyText = (maxLength = 30) =>
  fc.string({
    unit: fc.oneof({ arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 3 }, { arbitrary: fc.constantFrom(...NASTY_CHARACTERS), weight: 1 }),
    maxLength,
  });

/** Text a person could type: at least one visible character, sometimes in awkward company. */
export const visibleText = (maxLength = 30) =>
  fc.tuple(anyText(maxLength), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), anyText(maxLength)).map(([a, b, c]) => `${a}${b.trim() || 'x'}${c}`);

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,12}$/);
const lang = fc.constantFrom('da', 'en', 'de', 'is', 'sl', 'ar', 'pt-BR');

const localizedText = fc
  .tuple(visibleText(), fc.dictionary(lang.filter((code) => code !== 'da'), anyText(20), { maxKeys: 3 }))
  .map(([da, others]) => ({ ...others, da }));

const color = fc.stringMatching(/^#[0-9a-f]{6}$/);

/** A profile the format allows: 1–4 categories, a handful of elements, unique ids throughout. */
export const validProfile: fc.Arbitrary<Profile> = fc
  .record({
    id,
    title: localizedText,
    municipality: fc.option(anyText(40), { nil: undefined }),
    role: fc.option(localizedText, { nil: undefined }),
    ids: fc.uniqueArray(id, { minLength: 16, maxLength: 16 }),
    categories: fc.array(
      fc.record({ name: localizedText, hint: fc.option(localizedText, { nil: undefined }), color, texts: fc.array(localizedText, { maxLength: 3 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    extras: fc.array(
      fc.record({
        marks: fc.option(fc.record({ does: fc.constantFrom('yes', 'no'), should: fc.constantFrom('yes', 'no') }, { requiredKeys: [] }), { nil: undefined }),
        note: fc.option(anyText(40), { nil: undefined }),
      }),
      { minLength: 12, maxLength: 12 },
    ),
    questions: fc.option(fc.array(fc.record({ text: localizedText, answer: fc.option(anyText(40), { nil: undefined }) }), { maxLength: 3 }), { nil: undefined }),
  })
  .map(({ id: profileId, title, municipality, role, ids, categories, extras, questions }) => {
    let next = 0;
    const profile: Profile = {
      version: PROFILE_VERSION,
      id: profileId,
      title,
      ...(role ? { role } : {}),
      ...(municipality !== undefined ? { municipality } : {}),
      categories: categories.map(({ name, hint, color: categoryColor, texts }) => ({
        id: ids[next++]!,
        name,
        ...(hint ? { hint } : {}),
        color: categoryColor,
        elements: texts.map((text) => {
          const { marks, note } = extras[next % extras.length]!;
          return { id: ids[next++]!, text, ...(marks ? { marks } : {}), ...(note !== undefined ? { note } : {}) };
        }),
      })),
      ...(questions ? { questions: questions.map(({ text, answer }, i) => ({ id: `q${i}`, text, ...(answer !== undefined ? { answer } : {}) })) } : {}),
    };
    return profile;
  });

type Path = (string | number)[];

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A deep copy of `value` with the thing at `path` replaced by `replacement`, or removed. */
function withAt(value: unknown, path: Path, replacement: { value: unknown } | 'remove'): unknown {
  const copy: unknown = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = replacement.value;
  }
  return copy;
}

const hostileValue = fc.oneof(
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
  anyText(),
  fc.constantFrom(0, -1, 1e308, 2 ** 53, PROFILE_VERSION + 1, 999, [], {}, [null], { da: null }, { da: '' }, { da: '\u200b' }),
);

/** A valid profile, damaged in one to three places; sometimes claiming an old version to take the migration path. */
export const mutatedProfile: fc.Arbitrary<unknown> = fc
  .tuple(validProfile, fc.array(fc.tuple(fc.nat(), fc.boolean(), hostileValue), { minLength: 1, maxLength: 3 }), fc.constantFrom(undefined, 0, 'drop'))
  .map(([profile, mutations, claimedVersion]) => {
    let data: unknown = profile;
    for (const [pick, remove, value] of mutations) {
      const paths = pathsOf(data);
      if (paths.length === 0) break;
      data = withAt(data, paths[pick % paths.length]!, remove ? 'remove' : { value });
    }
    if (claimedVersion === 0) data = withAt(data, ['version'], { value: 0 });
    if (claimedVersion === 'drop') data = withAt(data, ['version'], 'remove');
    return data;
  });

/** Any JSON value, with unicode and nasty strings. */
export const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }), mutatedProfile);
