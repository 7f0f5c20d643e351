/**
 * The plain rules of the profile format that code outside the door needs (the format's version, the
 * shape of a language code), apart from the zod schema in profile.ts: importing a constant from there
 * loads the whole validator, which the first load leaves out (issue 8's 150 KB budget; main.tsx loads
 * it on demand). profile.ts builds its schema from these, so the two cannot disagree.
 */

/** Bump together with a migration in `migrate.ts`; never without one, or saved work is lost. */
export const PROFILE_VERSION = 2;

/** BCP 47-ish: "da", "en", "de", "is", "sl", "ar", "pt-BR". */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
