import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import { App } from './App';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { profileLanguages } from './domain/languages';
import { setupI18n } from './i18n';
import { browserLanguages, pickLanguage } from './i18n/browserLanguage';
import { isFirstVisit } from './store/savedState';
import { registerServiceWorker } from './registerServiceWorker';
import { useProfileStore } from './store/profileStore';
import { startPersistence } from './store/persistence';
import { exposeTestHooks } from './testHooks';
import './styles.css';
import './print.css';

setupI18n();
// A first visit may show the profile in the browser's language too; after that only its own control changes it.
if (isFirstVisit()) {
  const { local, setContentLanguage } = useProfileStore.getState();
  const lang = pickLanguage(profileLanguages(local).map((language) => language.code), browserLanguages());
  if (lang) setContentLanguage(lang);
}
startPersistence();
if (import.meta.env.VITE_E2E_HOOKS === '1') exposeTestHooks();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
