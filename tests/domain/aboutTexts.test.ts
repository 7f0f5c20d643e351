import { describe, expect, it } from 'vitest';
import { genericProfiles } from '../../src/store/catalog';

describe('"Om profilen" texts in the shipped generic profiles', () => {
  for (const profile of genericProfiles()) {
    it(`${profile.id} has its purpose, description, credits and practice examples in Danish, English and German`, () => {
      for (const field of ['purpose', 'description', 'credits', 'practiceExamples'] as const) {
        for (const lang of ['da', 'en', 'de']) expect(profile[field]?.[lang]?.trim(), `${field}.${lang}`).toBeTruthy();
      }
    });
  }
});
