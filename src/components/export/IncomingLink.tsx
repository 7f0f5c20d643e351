/**
 * Opening a share link: the profile in the address's fragment is read (lazily: the link code loads
 * only when there is a link), shown, and taken in only when the user says replace or add. Then the
 * fragment leaves the address bar, so a reload does not ask again. A damaged, foreign or hostile
 * link is refused in words and changes nothing. A link pasted into the address bar of an open tab
 * arrives as a hashchange and is handled the same way.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/migrate';
import type { Profile } from '../../domain/profile';
import { isShareFragment, withoutFragment } from '../../export/shareFragment';
import type { LinkProblem } from '../../export/shareLink';
import { describeProblems } from '../../i18n/problemMessage';
import { findGenericProfile } from '../../store/catalog';
import { useProfileStore } from '../../store/profileStore';
import { lazyNamed, OnDemand } from '../common/onDemand';
import { linkProblemMessage } from '../../i18n/linkProblems';

// Shown only when the address carries a link: loaded then.
const IncomingProfileDialog = lazyNamed(() => import('./IncomingProfileDialog').then((module) => module.IncomingProfileDialog));

type LinkState =
  | { kind: 'idle' }
  | { kind: 'confirm'; profile: Profile; migrated: boolean }
  | { kind: 'failed'; reason: LinkProblem; problems: Problem[] }
  | { kind: 'said'; message: string };

/** Takes the fragment out of the address bar without a reload or a new history entry. */
function forgetFragment() {
  window.history.replaceState(window.history.state, '', withoutFragment(window.location.href));
}

export function IncomingLink() {
  const { t } = useTranslation();
  const [state, setState] = useState<LinkState>({ kind: 'idle' });
  const lang = useProfileStore((s) => s.contentLanguage);

  useEffect(() => {
    const readFragment = () => {
      const hash = window.location.hash;
      if (!isShareFragment(hash)) return;
      void import('../../export/shareLink').then(({ readShareLink }) => {
        const result = readShareLink(hash, findGenericProfile);
        if (result.ok) {
          setState({ kind: 'confirm', profile: result.profile, migrated: result.migratedFrom !== undefined });
        } else {
          forgetFragment(); // nothing in it can be used; a reload must not say so again
          setState({ kind: 'failed', reason: result.reason, problems: result.problems });
        }
      });
    };
    readFragment();
    window.addEventListener('hashchange', readFragment);
    return () => window.removeEventListener('hashchange', readFragment);
  }, []);

  useEffect(() => {
    if (state.kind !== 'said') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 10_000);
    return () => clearTimeout(timer);
  }, [state]);

  const finish = (message: string) => {
    forgetFragment();
    setState({ kind: 'said', message });
  };
  const origin = t('link.origin');

  return (
    <>
      <p role="status" className={state.kind === 'said' ? 'notice notice--quiet' : 'visually-hidden'}>
        {state.kind === 'said' && state.message}
      </p>
      {state.kind === 'failed' && (
        <div className="notice" role="alert">
          <div>
            <p>{t('link.failed')}</p>
            <p>{linkProblemMessage(state.reason, t)}</p>
            {state.problems.length > 0 && (
              <ul>
                {describeProblems(state.problems, t).map((sentence, i) => (
                  <li key={i}>{sentence}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="notice__actions">
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {t('link.dismiss')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'confirm' && (
        <OnDemand>
          <IncomingProfileDialog
            profile={state.profile}
            origin={origin}
            migrated={state.migrated}
            lang={lang}
            onReplace={() => {
              useProfileStore.getState().replaceLocal(state.profile);
              finish(t('import.done', { file: origin }));
            }}
            onAdd={() => {
              const merged = useProfileStore.getState().mergeIntoLocal(state.profile);
              // Refused (the profile would pass a limit): the notice says why; the profile is as it was.
              finish(merged ? t('import.added', { file: origin, count: merged.added.length }) : t('import.cancelled'));
            }}
            onCancel={() => finish(t('import.cancelled'))}
          />
        </OnDemand>
      )}
    </>
  );
}
