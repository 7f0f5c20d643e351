/** New element ids: random, URL-safe, and available outside secure contexts (crypto.randomUUID is not). */
export function newElementId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `e-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Question ids, from the same source; the prefix tells them apart in a file. */
export function newQuestionId(): string {
  return newElementId().replace(/^e-/, 'q-');
}
