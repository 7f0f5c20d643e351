/**
 * Share links: a profile survives the trip through a link; a damaged, foreign or hostile link is
 * refused with a reason and never throws. Prints the length of the link for the generic profile
 * copied in full with marks and notes (the figure the README quotes).
 */
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createShareLink, readShareLink } from '../../src/export/shareLink';
import { isShareFragment } from '../../src/export/shareFragment';
import { genericProfile } from '../../src/store/catalog';
import { seededRandom } from '../seededRandom';
import { workshopProfile } from './workshopProfile';

const generic = genericProfile('kontaktperson-plus');
const findGeneric = (id: string) => (id === generic.id ? generic : undefined);
const PAGE = 'https://profilbygger.example.dk/vaerktoej/?kommune=1#gammelt';

const linkWith = (json: string) => `${PAGE.split('#')[0]}#profil=1.${Buffer.from(deflateSync(strToU8(json))).toString('base64url')}`;

describe('share links', () => {
  it('carry the whole profile: marks, notes, renamed texts, own elements', () => {
    const profile = workshopProfile();
    profile.categories[0]!.elements[0]!.text = { da: 'Respektere de unge, vi møder' };
    profile.categories[1]!.elements.push({ id: 'own-1', text: { da: 'Samarbejde med FGU', en: 'Work with FGU' }, note: 'Vores egen' });
    const link = createShareLink(profile, generic, PAGE);
    expect(link.startsWith('https://profilbygger.example.dk/vaerktoej/?kommune=1#profil=1.')).toBe(true);
    expect(readShareLink(link, findGeneric)).toEqual({ ok: true, profile });
  });

  it('leave out the texts the generic profile has, and stay under 2,000 characters for the whole workshop profile (README quotes the figure)', () => {
    const profile = workshopProfile();
    const link = createShareLink(profile, generic, 'https://profilbygger.example.dk/');
    const full = createShareLink(profile, undefined, 'https://profilbygger.example.dk/');
    console.log(
      `Share link, generic profile copied in full (${generic.categories.flatMap((c) => c.elements).length} elements, 3 languages) with marks and a note on every element: ` +
        `${link.length} characters (${full.length} with every text spelled out; JSON file ${JSON.stringify(profile, null, 2).length} characters)`,
    );
    expect(link.length).toBeLessThan(full.length * 0.75);
    expect(link.length).toBeLessThan(2000);
    expect(readShareLink(full, findGeneric)).toEqual({ ok: true, profile });
  });

  it('are found in a pasted chat message, and tell a share link from any other address', () => {
    const link = createShareLink(workshopProfile(), generic, PAGE);
    expect(readShareLink(`Her er vores profil: <${link}>. Vh gruppe 2`, findGeneric).ok).toBe(true);
    expect(readShareLink(`${link}.`, findGeneric).ok).toBe(true);
    expect(isShareFragment(new URL(link).hash)).toBe(true);
    expect(isShareFragment('#local-profile')).toBe(false);
    expect(readShareLink('https://profilbygger.example.dk/#local-profile', findGeneric)).toMatchObject({ ok: false, reason: 'not_a_link' });
  });

  it('refuse a cut-off or changed link as damaged', () => {
    const link = createShareLink(workshopProfile(), generic, PAGE);
    expect(readShareLink(link.slice(0, link.length - 40), findGeneric)).toMatchObject({ ok: false, reason: 'damaged_link' });
    expect(readShareLink(`${PAGE.split('#')[0]}#profil=1.%%%`, findGeneric)).toMatchObject({ ok: false, reason: 'damaged_link' });
    expect(readShareLink(`${PAGE.split('#')[0]}#profil=1.`, findGeneric)).toMatchObject({ ok: false, reason: 'damaged_link' });
    expect(readShareLink(`${PAGE.split('#')[0]}#profil=hej`, findGeneric)).toMatchObject({ ok: false, reason: 'damaged_link' });
  });

  it('refuse a link from a newer format, from a generic profile this app lacks, and one too large to unpack', () => {
    expect(readShareLink('#profil=2.abc', findGeneric)).toMatchObject({ ok: false, reason: 'unknown_format' });
    const profile = workshopProfile();
    const link = createShareLink(profile, generic, PAGE);
    expect(readShareLink(link, () => undefined)).toMatchObject({ ok: false, reason: 'unknown_generic' });
    // A few kilobytes that inflate to 5 MB: refused without building the string.
    expect(readShareLink(linkWith(' '.repeat(5_000_000)), findGeneric)).toMatchObject({ ok: false, reason: 'too_large' });
    expect(readShareLink(`#profil=1.${'A'.repeat(300_000)}`, findGeneric)).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('send foreign and hostile content through restoreProfile and say what is wrong', () => {
    expect(readShareLink(linkWith('not json'), findGeneric)).toMatchObject({ ok: false, reason: 'damaged_link' });
    for (const json of ['null', '[]', '"profil"', '{"__proto__":{"categories":[]}}', '{"version":2,"categories":[null,1,"x"]}']) {
      expect(readShareLink(linkWith(json), findGeneric)).toMatchObject({ ok: false, reason: 'invalid_profile' });
    }
    const profile = workshopProfile();
    const bad = { ...profile, categories: [{ ...profile.categories[0]!, elements: [{ id: 'x', text: { da: '   ' } }] }] };
    expect(readShareLink(linkWith(JSON.stringify(bad)), findGeneric)).toEqual({
      ok: false,
      reason: 'invalid_profile',
      problems: [{ code: 'missing_text', category: 'Viden', element: 1, field: 'text' }],
    });
    // Text filled in from the generic profile never overrides what the link says.
    const script = { ...profile, categories: [{ id: 'viden', elements: [{ id: 'y', sourceId: 'respektere-maalgruppen', text: { da: '<img src=x onerror=alert(1)>' } }] }] };
    const read = readShareLink(linkWith(JSON.stringify(script)), findGeneric);
    expect(read.ok && read.profile.categories[0]!.elements[0]!.text.da).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throw on randomly damaged links', () => {
    const seed = Number(process.env.LINK_FUZZ_SEED ?? 20261126);
    console.log(`share link fuzz seed: ${seed} (replay with LINK_FUZZ_SEED=${seed})`);
    const random = seededRandom(seed);
    const link = createShareLink(workshopProfile(), generic, PAGE);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#=%';
    let opened = 0;
    for (let run = 0; run < 300; run += 1) {
      const chars = [...link];
      const changes = 1 + Math.floor(random() * 4);
      for (let c = 0; c < changes; c += 1) {
        const at = link.indexOf('#') + Math.floor(random() * (link.length - link.indexOf('#')));
        chars[at] = alphabet[Math.floor(random() * alphabet.length)]!;
      }
      const result = readShareLink(chars.join(''), findGeneric);
      expect(result.ok || ['damaged_link', 'invalid_profile', 'unknown_format', 'not_a_link', 'unknown_generic'].includes(result.reason)).toBe(true);
      if (result.ok) opened += 1;
    }
    // deflate has a checksum only in zlib framing; a raw stream may still decode. Either way: no throw.
    expect(opened).toBeLessThan(300);
  });
});
