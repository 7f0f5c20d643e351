/**
 * At start: read the relay from live-config.json, go straight back into the session this device
 * was in (even offline, from its saved copy), and pick up a live link in the address (#live=… to
 * join a group, #workshop=…&key=… for the facilitator).
 */
import { useEffect, useState } from 'react';
import { loadRelayUrl } from '../../live/config';
import { parseLiveLink, type LiveLink } from '../../live/links';
import { parseRoomName, roomName } from '../../live/rooms';
import { rememberedMe, rememberedSession, useLiveStore } from '../../store/liveStore';
import { joinRoom } from './liveActions';

function currentLink(): LiveLink | null {
  return parseLiveLink(window.location.hash);
}

/** Removes the live link from the address once it has been answered, so a reload does not ask again. */
export function forgetLinkInAddress() {
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url);
}

export function useLiveStartup(): LiveLink | null {
  const [link, setLink] = useState<LiveLink | null>(currentLink);

  useEffect(() => {
    let cancelled = false;
    void loadRelayUrl().then((relay) => {
      if (!cancelled) useLiveStore.setState({ relay, relayKnown: true });
    });
    const remembered = rememberedSession();
    const room = remembered ? parseRoomName(remembered.room) : null;
    const me = rememberedMe();
    const first = currentLink();
    if (remembered && room && me && (!first || (first.kind === 'join' && roomName(first.room) === remembered.room))) {
      void joinRoom(room, me, remembered.relay);
      if (first) forgetLinkInAddress();
    }
    const onHashChange = () => setLink(currentLink());
    window.addEventListener('hashchange', onHashChange);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);

  return link;
}
