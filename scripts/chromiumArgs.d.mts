// Types for chromiumArgs.mjs, which playwright.config.ts imports.
export declare const chromiumArgs: string[];
