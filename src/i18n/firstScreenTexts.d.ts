/** `locales/<lang>.json?first-screen`: the texts the first screen uses (vite.config.ts, firstScreenTexts). */
declare module '*.json?first-screen' {
  const texts: Record<string, unknown>;
  export default texts;
}
