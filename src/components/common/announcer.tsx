/**
 * One polite live region for what menu actions, undo and keyboard shortcuts did. (dnd-kit has its
 * own region for drag announcements.) The text is swapped after a tick so repeats are re-read.
 */
import { useEffect, useState } from 'react';

let publish: (message: string) => void = () => {};

export function announce(message: string) {
  publish(message);
}

export function LiveAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    publish = (next) => {
      setMessage('');
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(next), 50);
    };
    return () => {
      publish = () => {};
      clearTimeout(timer);
    };
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
