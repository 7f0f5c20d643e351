// Set-up for the unit tests that run in Node (vite.config.ts, project "node"; tests/setup.ts adds the
// DOM's to it). The app fetches an interface language other than Danish when it is chosen (src/i18n)
// and the generic profiles other than the default one on demand (src/store/catalog.ts); tests switch
// language and profile synchronously, so all are at hand from the start (tests/store/catalog.test.tsx
// starts from fresh modules to test the loading itself). Nothing of the DOM test set-up (Testing
// Library, jest-dom, React DOM) is imported here: that import was most of each Node test file's time.
import { addUiLanguage, type LocaleFile } from '../src/i18n';
import { loadGenericProfiles } from '../src/store/catalog';

const localeFiles = import.meta.glob<LocaleFile>('../locales/*.json', { eager: true, import: 'default' });
for (const [path, texts] of Object.entries(localeFiles)) addUiLanguage(path.replace(/^.*\/([^/]+)\.json$/, '$1'), texts);

await loadGenericProfiles();
