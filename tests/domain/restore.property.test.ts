/**
 * The door never throws: for any JSON value and any damage to a valid profile, restoreProfile returns
 * a profile or problems that each have a sentence, and whatever it accepts exports and reads back equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProfileJson, restoreProfile, serializeProfile, type RestoreResult } from '../../src/domain/migrate';
import { describeProblems } from '../../src/i18n/problemMessage';
import i18n from 'i18next';
import { anyJson, mutatedProfile, validProfile } from '../fuzz/arbitraries';
import { FUZZ_TIMEOUT, fuzzParams } from '../fuzz/settings';

const params = fuzzParams();

/** A result is either a profile or a non-empty list of problems, each of which reads as a sentence. */
function expectWellFormed(result: RestoreResult) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const sentence of describeProblems(result.problems, i18n.t)) expect(sentence).not.toMatch(/^import\.|{{(place|max|megabytes|field|category|element|file|count)}}/);
}

/** Whatever the door lets in, the app can write out and read back to the very same profile. */
function expectRoundTrip(result: RestoreResult) {
  if (!result.ok) return;
  expect(parseProfileJson(serializeProfile(result.profile))).toEqual({ ok: true, profile: result.profile });
  expect(restoreProfile(result.profile)).toEqual({ ok: true, profile: result.profile });
}

describe('restoreProfile (property-based)', () => {
  it('never throws for any JSON value', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        const result = restoreProfile(value);
        expectWellFormed(result);
        expectRoundTrip(result);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('never throws for damaged profiles, old or current, and what it accepts reads back equal', () => {
    fc.assert(
      fc.property(mutatedProfile, (value) => {
        const result = restoreProfile(value);
        expectWellFormed(result);
        expectRoundTrip(result);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('accepts every valid profile and reads its export back equal', () => {
    fc.assert(
      fc.property(validProfile, (profile) => {
        const result = restoreProfile(profile);
        expect(result.ok).toBe(true);
        expectRoundTrip(result);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('never throws on any text given as a file, and refuses what is not JSON with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), anyJson.map((value) => JSON.stringify(value) ?? '')), (text) => {
        expectWellFormed(parseProfileJson(text));
      }),
      params,
    );
  }, FUZZ_TIMEOUT);
});

describe('restoreProfile: the files that crashed it', () => {
  it.each([
    ['a null category in an unversioned file', '{"categories":[null]}'],
    ['a null element in a version 0 file', '{"version":0,"id":"x","title":"T","categories":[{"id":"v","name":"V","color":"#123456","elements":[null]}]}'],
    ['a category that is a number', '{"version":0,"categories":[1,"x",[]]}'],
  ])('refuses %s with a reason instead of throwing', (_name, json) => {
    const result = parseProfileJson(json);
    expect(result.ok).toBe(false);
    expectWellFormed(result);
  });
});
