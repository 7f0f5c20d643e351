/**
 * The safety net under the whole app: if anything throws while rendering, the user gets a calm panel
 * in their language instead of a white page, with their work (kept in the store and in localStorage,
 * which a render error does not touch) one click away as a file, and a way back in by reloading.
 * It is a net, not a fix: the errors it catches are bugs to find (issue 8 found the drag crash).
 */
import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeProfile } from '../../domain/profileFile';
import { downloadBlob } from '../../export/download';
import { exportFileName } from '../../export/fileName';
import { useProfileStore } from '../../store/profileStore';
import './crash.css';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** How to reload; the page's own reload unless a test says otherwise. */
  reload?: () => void;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever investigates; the user sees the panel.
    console.error('Profilbygger stopped rendering:', error, info.componentStack);
  }

  render() {
    if (this.state.error) return <CrashPanel error={this.state.error} reload={this.props.reload ?? (() => window.location.reload())} />;
    return this.props.children;
  }
}

function downloadWork() {
  const { local } = useProfileStore.getState();
  downloadBlob(new Blob([serializeProfile(local)], { type: 'application/json' }), exportFileName(local, 'json', new Date()));
}

function CrashPanel({ error, reload }: { error: Error; reload: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves here: whatever had it is gone with the tree that crashed.
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="crash" role="alert" aria-labelledby="crash-heading">
      <h1 id="crash-heading" ref={heading} tabIndex={-1}>
        {t('crash.title')}
      </h1>
      <p>{t('crash.body')}</p>
      <div className="crash__actions">
        <button type="button" onClick={downloadWork}>
          {t('crash.download')}
        </button>
        <button type="button" className="button--primary" onClick={reload}>
          {t('crash.reload')}
        </button>
      </div>
      <details className="crash__details">
        <summary>{t('crash.details')}</summary>
        <pre>{error.message}</pre>
      </details>
    </main>
  );
}
