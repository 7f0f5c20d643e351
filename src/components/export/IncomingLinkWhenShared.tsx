/**
 * Watches the address for a share link (#profil=…), on start and when one is pasted into the address
 * bar of an open tab. The code that reads, shows and takes in a shared profile (IncomingLink) loads
 * only then: most visits never carry a link (first load ≤ 150 KB, issue 8).
 */
import { useEffect, useState } from 'react';
import { isShareFragment } from '../../export/shareFragment';
import { lazyNamed, OnDemand } from '../common/onDemand';

const IncomingLink = lazyNamed(() => import('./IncomingLink').then((module) => module.IncomingLink));

export function IncomingLinkWhenShared() {
  const [shared, setShared] = useState(() => isShareFragment(window.location.hash));
  useEffect(() => {
    if (shared) return; // from here on IncomingLink follows the address itself
    const onHashChange = () => setShared(isShareFragment(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [shared]);
  return shared ? (
    <OnDemand placement="inline">
      <IncomingLink />
    </OnDemand>
  ) : null;
}
