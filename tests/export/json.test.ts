import { describe, expect, it } from 'vitest';
import { parseProfileJson } from '../../src/domain/migrate';
import { profileJsonBlob } from '../../src/export/json';
import { smallProfile } from '../domain/fixtures';

describe('profileJsonBlob', () => {
  it('is UTF-8 JSON that reads back as the same profile', async () => {
    const profile = { ...smallProfile(), municipality: 'Helsingør', title: { da: 'Lokal profil – ærø', en: 'Local ł ő š č ž ð þ' } };
    const blob = profileJsonBlob(profile);
    expect(blob.type).toBe('application/json');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer());
    const result = parseProfileJson(text);
    expect(result).toEqual({ ok: true, profile });
  });
});
