import { describe, expect, it } from 'vitest';
import { exportFileName, localIsoDate, slugify } from '../../src/export/fileName';
import { smallProfile } from '../domain/fixtures';

const local = { ...smallProfile(), id: 'lokal-kontaktperson-plus', basedOn: 'kontaktperson-plus', role: { da: 'Kontaktperson+', en: 'Contact person+' } };
const day = new Date(2026, 10, 26, 14, 0);

describe('exportFileName', () => {
  it('is built from what the group wrote: the role, the municipality and the local date', () => {
    const name = exportFileName({ ...local, role: { da: 'Ungekoordinator' }, municipality: 'Helsingør Kommune' }, 'pdf', day);
    expect(name).toBe('ungekoordinator-helsingoer-2026-11-26.pdf');
    expect(exportFileName({ ...local, municipality: 'Helsingør Kommune' }, 'json', day)).toBe('kontaktperson-plus-helsingoer-2026-11-26.json');
  });

  it('says the variant and the language, so portrait and landscape, Danish and English do not share a name', () => {
    const helsingoer = { ...local, municipality: 'Helsingør Kommune' };
    expect(exportFileName(helsingoer, 'pdf', day, { variant: 'stående' })).toBe('kontaktperson-plus-helsingoer-2026-11-26-staaende.pdf');
    expect(exportFileName(helsingoer, 'pdf', day, { variant: 'liggende' })).toBe('kontaktperson-plus-helsingoer-2026-11-26-liggende.pdf');
    expect(exportFileName(helsingoer, 'pdf', day, { lang: 'en', variant: 'landscape' })).toBe('contact-person-plus-helsingoer-2026-11-26-en-landscape.pdf');
    expect(exportFileName(helsingoer, 'pdf', day, { lang: 'pt-BR' })).toBe('kontaktperson-plus-helsingoer-2026-11-26-pt-br.pdf');
  });

  it('spells æ, ø, å, ä, ö, ü and ß out and strips other diacritics', () => {
    expect(slugify('Ærø Bølgen Åbenrå Mädchen Köln Müller Straße Škofja Łódź Ősz Čačak Þórshöfn')).toBe(
      'aeroe-boelgen-aabenraa-maedchen-koeln-mueller-strasse-skofja-lodz-osz-cacak-thorshoefn',
    );
  });

  it('has no spaces, upper case or characters outside [a-z0-9-]', () => {
    const name = exportFileName({ ...local, municipality: '  Høje-Taastrup   Kommune / Ny!  ' }, 'png', new Date(2026, 0, 5));
    expect(name).toBe('kontaktperson-plus-hoeje-taastrup-ny-2026-01-05.png');
    expect(name.replace(/\.png$/, '')).toMatch(/^[a-z0-9-]+$/);
  });

  it('drops other scripts cleanly, falling back to the title or the Danish role when nothing is left', () => {
    const arabic = { ...local, role: { da: 'Ungekoordinator', ar: 'منسق الشباب' }, municipality: 'Helsingør' };
    expect(exportFileName(arabic, 'pdf', day, { lang: 'ar' })).toBe('testprofil-helsingoer-2026-11-26-ar.pdf');
    const allArabic = { ...arabic, title: { da: 'Testprofil', ar: 'ملف' } };
    expect(exportFileName(allArabic, 'pdf', day, { lang: 'ar' })).toBe('ungekoordinator-helsingoer-2026-11-26-ar.pdf');
    expect(exportFileName({ ...local, role: { da: 'Ungekoordinator' }, municipality: 'Москва' }, 'pdf', day)).toBe('ungekoordinator-2026-11-26.pdf');
    expect(exportFileName({ ...local, role: { da: 'Úng — «koordinator» (Ærø)!' } }, 'pdf', day)).toBe('ung-koordinator-aeroe-2026-11-26.pdf');
  });

  it('leaves the municipality out when there is none', () => {
    expect(exportFileName({ ...local, municipality: '' }, 'json', new Date(2026, 5, 1))).toBe('kontaktperson-plus-2026-06-01.json');
  });

  it('uses the title when the profile names no role', () => {
    expect(exportFileName(smallProfile(), 'json', new Date(2026, 5, 1))).toBe('testprofil-2026-06-01.json');
  });
});

describe('localIsoDate', () => {
  it('has the right month (the 2020 tool was a month early)', () => {
    expect(localIsoDate(new Date(2026, 0, 31))).toBe('2026-01-31');
    expect(localIsoDate(new Date(2026, 11, 1))).toBe('2026-12-01');
  });

  it('uses the local day, not the UTC day, just after midnight in Copenhagen', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Europe/Copenhagen'; // Node re-reads TZ when it changes
    try {
      const justAfterMidnight = new Date(2026, 10, 1, 0, 15);
      expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-10-31'); // the trap
      expect(localIsoDate(justAfterMidnight)).toBe('2026-11-01');
    } finally {
      process.env.TZ = before;
      if (before === undefined) delete process.env.TZ;
    }
  });
});
