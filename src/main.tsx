import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import { App } from './App';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { setupI18n } from './i18n';
import { startTabCoordination } from './store/profileStore';
import './styles.css';
import './print.css';

setupI18n();
startTabCoordination();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
