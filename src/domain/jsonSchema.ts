/** The published JSON Schema of the profile format, generated from the zod schema (one source). */
import { z } from 'zod';
import { profileSchema } from './profile';

export function profileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: 'https://profilbygger.example/profile.schema.json',
    title: 'Profilbygger profile',
    description:
      'A competence profile for Profilbygger: categories of elements, text per language (Danish required). Generated from src/domain/profile.ts by `npm run schema`; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
