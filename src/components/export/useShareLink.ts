/**
 * "Kopiér link": puts the local profile into a link and the link on the clipboard. The link module
 * is loaded when the export menu opens, so the click can write to the clipboard while the browser
 * still counts it as the user's gesture (Safari refuses clipboard writes after a wait). Where the
 * clipboard is refused, the link is shown to copy by hand; a link too long for chats is not made,
 * and the profile file is offered instead.
 */
import { useCallback, useEffect, useState } from 'react';
import { MAX_LINK_LENGTH, SAFE_LINK_LENGTH } from '../../export/shareFragment';
import type * as ShareLinkCode from '../../export/shareLink';
import { findGenericProfile, loadGenericProfiles } from '../../store/catalog';
import { useProfileStore } from '../../store/profileStore';

type ShareLinkModule = typeof ShareLinkCode;

export type ShareState =
  | { kind: 'idle' }
  | { kind: 'copied'; length: number; long: boolean }
  | { kind: 'manual'; link: string; long: boolean }
  | { kind: 'tooLong'; length: number };

let loaded: ShareLinkModule | undefined;

/** Starts loading the link code (small), and the generic profiles a link refers to; safe to call often. */
export function preloadShareLink(): Promise<ShareLinkModule> {
  // A generic profile that cannot be fetched only makes the link longer (it then carries every text).
  return Promise.all([import('../../export/shareLink'), loadGenericProfiles().catch(() => undefined)]).then(([module]) => (loaded = module));
}

/** The current local profile as a share link on this page's address. */
export function currentShareLink(module: ShareLinkModule): string {
  const { local } = useProfileStore.getState();
  const generic = local.basedOn ? findGenericProfile(local.basedOn) : undefined;
  return module.createShareLink(local, generic, window.location.href);
}

export function useShareLink() {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });

  // "Copied" is news for a moment; the bubble must not cover the board for good.
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 10_000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = useCallback(async () => {
    const module = loaded ?? (await preloadShareLink());
    const link = currentShareLink(module);
    if (link.length > MAX_LINK_LENGTH) {
      setState({ kind: 'tooLong', length: link.length });
      return;
    }
    const long = link.length > SAFE_LINK_LENGTH;
    try {
      await navigator.clipboard.writeText(link);
      setState({ kind: 'copied', length: link.length, long });
    } catch {
      setState({ kind: 'manual', link, long });
    }
  }, []);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, copy, dismiss };
}
