import { describe, expect, it } from 'vitest';
import { exportFileName, localIsoDate, slugify } from '../../src/export/fileName';
import { smallProfile } from '../domain/fixtures';

const local = { ...smallProfile(), id: 'lokal-kontaktperson-plus', basedOn: 'kontaktperson-plus' };

describe('exportFileName', () => {
  it('joins the generic profile, the municipality and the local date', () => {
    const name = exportFileName({ ...local, municipality: 'Helsingør Kommune' }, 'pdf', new Date(2026, 10, 26, 14, 0));
    expect(name).toBe('kontaktperson-plus-helsingoer-2026-11-26.pdf');
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

  it('leaves the municipality out when there is none', () => {
    expect(exportFileName({ ...local, municipality: '' }, 'json', new Date(2026, 5, 1))).toBe('kontaktperson-plus-2026-06-01.json');
  });

  it('uses the profile id when the profile is not based on another one', () => {
    expect(exportFileName(smallProfile(), 'json', new Date(2026, 5, 1))).toBe('test-2026-06-01.json');
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
