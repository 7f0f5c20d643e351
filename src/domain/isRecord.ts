/**
 * The first check of every JSON door, in a module of its own: the live relay's config, share links and
 * saved work use it without loading the profile validator (migrate.ts), which the first load leaves out.
 */

/** A plain object (not null, not an array): what every JSON door checks first. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
