import { describe, expect, it } from 'vitest';
import { serializeProfile } from '../../src/domain/migrate';
import { PROFILE_VERSION } from '../../src/domain/profile';
import { PNG_PROFILE_KEYWORD, readProfileFile } from '../../src/export/importFile';
import { addTextChunk } from '../../src/export/pngText';
import { smallProfile } from '../domain/fixtures';

const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });

describe('readProfileFile', () => {
  it('reads an exported JSON profile', async () => {
    const profile = { ...smallProfile(), municipality: 'Ærøskøbing' };
    expect(await readProfileFile(file([serializeProfile(profile)], 'p.json'))).toEqual({ ok: true, profile });
  });

  it('reads JSON that starts with a byte-order mark (Windows editors write one)', async () => {
    const result = await readProfileFile(file(['\uFEFF' + serializeProfile(smallProfile())], 'p.json'));
    expect(result.ok).toBe(true);
  });

  it('reads the profile carried by an exported PNG', async () => {
    const png = addTextChunk(TINY_PNG, PNG_PROFILE_KEYWORD, serializeProfile(smallProfile()));
    expect(await readProfileFile(file([png], 'poster.png', 'image/png'))).toEqual({ ok: true, profile: smallProfile() });
  });

  it('refuses a PNG without our chunk', async () => {
    expect(await readProfileFile(file([TINY_PNG], 'photo.png'))).toEqual({ ok: false, problems: [{ code: 'png_without_profile' }] });
  });

  it('refuses a JSON file over 1 MB without parsing it', async () => {
    const big = `{"x":"${'a'.repeat(1_000_001)}"}`;
    expect(await readProfileFile(file([big], 'big.json'))).toEqual({ ok: false, problems: [{ code: 'too_large' }] });
  });

  it('refuses a binary file: NUL bytes, or bytes that are not UTF-8', async () => {
    const docx = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
    expect(await readProfileFile(file([docx], 'profil.docx'))).toEqual({ ok: false, problems: [{ code: 'binary_file' }] });
    const latin1 = Uint8Array.of(0x7b, 0x22, 0xe6, 0x22, 0x7d); // {"æ"} in Latin-1
    expect(await readProfileFile(file([latin1], 'old.json'))).toEqual({ ok: false, problems: [{ code: 'binary_file' }] });
  });

  it('refuses an HTML file, such as the 2020 tool’s “Word” download', async () => {
    const html = '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><h1>Profil</h1></body></html>';
    expect(await readProfileFile(file([html], 'document.doc'))).toEqual({ ok: false, problems: [{ code: 'html_file' }] });
    expect(await readProfileFile(file(['\n<!DOCTYPE html><p>x'], 'page.html'))).toMatchObject({ problems: [{ code: 'html_file' }] });
  });

  it('refuses JSON of the wrong shape and text that is not JSON', async () => {
    expect(await readProfileFile(file(['{"name":"not a profile"}'], 'x.json'))).toEqual({ ok: false, problems: [{ code: 'not_a_profile' }] });
    expect(await readProfileFile(file(['Viden, Færdigheder'], 'x.csv'))).toEqual({ ok: false, problems: [{ code: 'not_json' }] });
  });

  it('names the category and element of an element without text', async () => {
    const data = smallProfile() as unknown as { categories: { elements: Record<string, unknown>[] }[] };
    delete data.categories[1]!.elements[0]!.text;
    const result = await readProfileFile(file([JSON.stringify(data)], 'x.json'));
    expect(result).toEqual({ ok: false, problems: [{ code: 'missing_text', category: 'Kompetencer', element: 1, field: 'text' }] });
  });

  it('migrates a file saved by an older version', async () => {
    const v0 = { id: 'old', title: 'Gammel', categories: [{ id: 'v', name: 'Viden', color: '#123456', elements: [{ id: 'e', text: 'Tekst' }] }] };
    const result = await readProfileFile(file([JSON.stringify(v0)], 'old.json'));
    expect(result).toMatchObject({ ok: true, migratedFrom: 0, profile: { version: PROFILE_VERSION, title: { da: 'Gammel' } } });
  });
});

describe('readProfileFile when the file itself fails', () => {
  it('says the file could not be read when reading it throws, instead of throwing', async () => {
    const broken = file(['{}'], 'gone.json');
    Object.defineProperty(broken, 'arrayBuffer', { value: () => { throw new DOMException('gone', 'NotFoundError'); } });
    expect(await readProfileFile(broken)).toEqual({ ok: false, problems: [{ code: 'unreadable_file' }] });
    const noSize = file(['{}'], 'weird.json');
    Object.defineProperty(noSize, 'size', { get: () => { throw new Error('no size'); } });
    expect(await readProfileFile(noSize)).toEqual({ ok: false, problems: [{ code: 'unreadable_file' }] });
  });
});

describe('readProfileFile size limits', () => {
  it('tells a PNG over the limit the PNG limit, not the JSON one', async () => {
    const big = new Uint8Array(26_000_000);
    big.set(TINY_PNG.subarray(0, 8));
    expect(await readProfileFile(file([big], 'poster.png', 'image/png'))).toEqual({ ok: false, problems: [{ code: 'png_too_large' }] });
  });
});
