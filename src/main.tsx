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
import { startPersistence } from './store/persistence';
import { exposeTestHooks } from './testHooks';
import './styles.css';
import './print.css';

const uiLanguage = savedLanguage();
setupI18n(uiLanguage);
// A first visit may show the profile in the browser's language too; after that only its own control changes it.
if (isFirstVisit()) {
  const { local, setContentLanguage } = useProfileStore.getState();
  const lang = pickLanguage(profileLanguages(local).map((language) => language.code), browserLanguages());
  if (lang) setContentLanguage(lang);
}
startPersistence();
if (import.meta.env.VITE_E2E_HOOKS === '1') exposeTestHooks();
registerServiceWorker();

// A language other than Danish is a chunk of its own: rendered once it is here, so no Danish flashes first.
void loadUiLanguage(uiLanguage).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
