/**
 * Reading a file the user picked or dropped: a JSON profile, or a PNG poster that carries one. Every
 * refusal is a Problem code the UI puts into words; the profile itself goes through the same
 * `parseProfileJson` door as everything else, so older versions are migrated there.
 */
import { MAX_JSON_FILE_BYTES, MAX_PNG_FILE_BYTES } from '../domain/limits';
import { parseProfileJson, type Problem, type RestoreResult } from '../domain/migrate';
import { isPng, readTextChunk } from './pngText';

/** The keyword of the PNG text chunk that holds the profile JSON. */
export const PNG_PROFILE_KEYWORD = 'profilbygger-profile';

const fail = (code: Problem['code']): RestoreResult => ({ ok: false, problems: [{ code }] });

/** Reads a picked or dropped file into a profile, or says why it can't. Never throws. */
export async function readProfileFile(file: Blob): Promise<RestoreResult> {
  try {
    return await readFile(file);
  } catch {
    // A file that vanished, a blob whose reading fails in some browser: still a refusal with a reason.
    return fail('unreadable_file');
  }
}

async function readFile(file: Blob): Promise<RestoreResult> {
  // Size first, from metadata: a 2 GB video dropped by mistake must not be read into memory.
  // A poster is several megabytes, so images get the larger PNG limit (limits.ts); the JSON inside a
  // PNG is still held to the JSON limits by parseProfileJson.
  if (file.size > MAX_PNG_FILE_BYTES) return fail(isPng(await headOf(file)) ? 'png_too_large' : 'too_large');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPng(bytes)) {
    const json = readTextChunk(bytes, PNG_PROFILE_KEYWORD);
    return json === null ? fail('png_without_profile') : parseProfileJson(json);
  }
  if (bytes.length > MAX_JSON_FILE_BYTES) return fail('too_large');
  const text = decodeText(bytes);
  if (text === null) return fail('binary_file');
  if (looksLikeHtml(text)) return fail('html_file');
  return parseProfileJson(text);
}

/** The first bytes of a file, enough to recognise a PNG without reading the rest. */
async function headOf(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, 8).arrayBuffer());
}

/** UTF-8 text without its byte-order mark, or null for binary data (NUL bytes, invalid UTF-8). */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A saved web page, or the 2020 tool's "Word" download (HTML named .doc): worth its own message,
 * because "not JSON" would not tell the user what they picked.
 */
function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html|head|body|meta|!--|\?xml[^>]*>\s*<html)/i.test(text.slice(0, 1024));
}
