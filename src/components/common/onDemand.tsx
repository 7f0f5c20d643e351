/**
 * Parts of the app a first visit does not need (the presentation, the translate view, the matrix,
 * dialogs that open on a click) are loaded with import() when first opened, so the first load stays
 * within its budget (issue 8: ≤ 150 KB JS + CSS gzip, `npm run bench`). The service worker precaches
 * their chunks, so they open offline too. While a chunk loads, a calm note says so in the user's
 * language; if it cannot be fetched (offline before the service worker had cached it, or a new
 * version replaced the files), the note says that and offers a reload — the work is saved already.
 */
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { loadAllTexts } from '../../i18n';
import { loadGenericProfiles } from '../../store/catalog';
import './onDemand.css';

/** A chunk that could not be fetched; any other error is a bug and goes on to the app's ErrorBoundary. */
class PartLoadError extends Error {}

/**
 * React.lazy for a named export: `lazyNamed(() => import('./X').then((m) => m.X))`. The part arrives
 * with every interface text (the first load has only the first screen's, src/i18n) and every generic
 * profile (the first load has only the default one, store/catalog.ts).
 */
export function lazyNamed<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(() =>
    Promise.all([load(), loadAllTexts(), loadGenericProfiles()]).then(
      ([component]) => ({ default: component }),
      (error: unknown) => {
        throw new PartLoadError(String(error));
      },
    ),
  );
}

interface OnDemandProps {
  children: ReactNode;
  /** 'overlay' for dialogs (the note floats, nothing moves); 'inline' for a view in the page. */
  placement?: 'overlay' | 'inline';
}

/** Shows `children` once their code has arrived, and a note while it loads or if it cannot. */
export function OnDemand({ children, placement = 'overlay' }: OnDemandProps) {
  return (
    <LoadFailureBoundary placement={placement}>
      <Suspense fallback={<LoadNote placement={placement} kind="loading" />}>{children}</Suspense>
    </LoadFailureBoundary>
  );
}

/**
 * For a part that has an `open` prop (a dialog): nothing is loaded until it first opens; after that
 * it stays mounted, so closing goes through the part itself (a dialog gives focus back to its opener).
 */
export function OnDemandWhenOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open ? <OnDemand>{children}</OnDemand> : null;
}

function LoadNote({ placement, kind }: { placement: 'overlay' | 'inline'; kind: 'loading' | 'failed' }) {
  const { t } = useTranslation();
  const note =
    kind === 'loading' ? (
      <p role="status" className={`on-demand on-demand--${placement}`}>
        {t('app.loadingPart')}
      </p>
    ) : (
      <div role="alert" className={`on-demand on-demand--${placement} on-demand--failed`}>
        <p>{t('app.loadFailed')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </div>
    );
  return placement === 'overlay' ? createPortal(note, document.body) : note;
}

class LoadFailureBoundary extends Component<{ children: ReactNode; placement: 'overlay' | 'inline' }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Not a missing chunk: a bug, for the app's ErrorBoundary (its panel offers the work as a file).
    if (!(error instanceof PartLoadError)) throw error;
    return <LoadNote placement={this.props.placement} kind="failed" />;
  }
}
