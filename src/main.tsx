import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts.css';
import { App } from './App';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { profileLanguages } from './domain/languages';
import { loadUiLanguage, savedLanguage, setupI18n } from './i18n';
import { browserLanguages, pickLanguage } from './i18n/browserLanguage';
import { isFirstVisit } from './store/savedState';
import { registerServiceWorker } from './registerServiceWorker';
import { useProfileStore } from './store/profileStore';
import { loadSavedWork, startPersistence } from './store/persistence';
import { exposeTestHooks } from './testHooks';
import './styles.css';
import './print.css';

const uiLanguage = savedLanguage();
setupI18n(uiLanguage);
if (import.meta.env.VITE_E2E_HOOKS === '1') exposeTestHooks();
registerServiceWorker();

/** Once the saved work has been read: what follows from it, before anything is shown. */
function startWithSavedWork() {
  // A first visit may show the profile in the browser's language too; after that only its own control changes it.
  if (isFirstVisit()) {
    const { local, setContentLanguage } = useProfileStore.getState();
    const lang = pickLanguage(profileLanguages(local).map((language) => language.code), browserLanguages());
    if (lang) setContentLanguage(lang);
  }
  startPersistence();
}

// Rendered once the saved work has been read (its validator is fetched first, only when something is
// saved) and the interface language is here (a language other than Danish is a chunk of its own), so
// no empty board and no Danish flashes first.
void Promise.all([loadSavedWork().then(startWithSavedWork), loadUiLanguage(uiLanguage)]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
