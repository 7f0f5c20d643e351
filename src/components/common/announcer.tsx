/**
 * One polite live region for what menu actions, undo and keyboard shortcuts did. (dnd-kit has its
 * own region for drag announcements.) The text is swapped after a tick so repeats are re-read.
 *
 * A change the user did not watch happen (a menu action, a key, an add on a phone, a drop into a
 * folded or scrolled-away list) is also shown: the same region becomes a short message on screen,
 * with Fortryd beside it when the change can be undone. One region for both, so a screen reader
 * hears the message once. Fortryd is offered only while the change is still the last undo step:
 * any other change (or an undo) hides the message, so it never undoes something else.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../store/profileStore';

export interface AnnounceOptions {
  /** Show the message on screen, not only to screen readers. */
  visible?: boolean;
  /** Offer Fortryd (the change was one undo step). Implies visible. */
  undoable?: boolean;
  /** A refusal or a problem: shown in the warning style. */
  tone?: 'info' | 'warning';
  /** False when a screen reader has already heard it (dnd-kit's own region says what a drop did). */
  spoken?: boolean;
}

interface Message {
  text: string;
  visible: boolean;
  undoable: boolean;
  tone: 'info' | 'warning';
  spoken: boolean;
  /** The newest undo step right after the change: Fortryd is right only while it stays the newest. */
  lastStep: unknown;
  serial: number;
}

let publish: (message: string, options: AnnounceOptions) => void = () => {};

export function announce(message: string, options: AnnounceOptions = {}) {
  publish(message, options);
}

/** How long a visible message stays when the pointer or focus is not on it: long enough to read and reach. */
const SHOWN_FOR_MS = 10_000;

/** `onUndo` is the toolbar's Fortryd (passed in: the undo actions announce through this module). */
export function LiveAnnouncer({ onUndo }: { onUndo: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<Message | null>(null);
  const lastStep = useStore(useProfileStore.temporal, (state) => state.pastStates.at(-1));
  const held = useRef(false);
  const serial = useRef(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    publish = (text, options) => {
      setMessage(null);
      clearTimeout(timer);
      const next: Message = {
        text,
        visible: Boolean(options.visible || options.undoable),
        undoable: Boolean(options.undoable),
        tone: options.tone ?? 'info',
        spoken: options.spoken ?? true,
        lastStep: useProfileStore.temporal.getState().pastStates.at(-1),
        serial: (serial.current += 1),
      };
      timer = setTimeout(() => setMessage(next), 50);
    };
    return () => {
      publish = () => {};
      clearTimeout(timer);
    };
  }, []);

  // A visible message goes away by itself, but not while the user is on it (WCAG 2.2.1).
  const shownSerial = message?.visible ? message.serial : null;
  useEffect(() => {
    if (shownSerial === null) return;
    const timer = setInterval(() => {
      if (!held.current) setMessage((current) => (current?.serial === shownSerial ? null : current));
    }, SHOWN_FOR_MS);
    return () => clearInterval(timer);
  }, [shownSerial]);

  // Another change, or an undo, after the message: its Fortryd would now undo something else.
  const stale = message !== null && message.undoable && lastStep !== message.lastStep;
  const visible = message?.visible && !stale;
  return (
    <div
      className={visible ? `toast toast--${message.tone}` : 'toast toast--hidden'}
      onPointerEnter={() => (held.current = true)}
      onPointerLeave={() => (held.current = false)}
      onFocus={() => (held.current = true)}
      onBlur={() => (held.current = false)}
    >
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {message?.spoken ? message.text : ''}
      </div>
      {/* On screen; hidden from screen readers when the live region beside it already says it. */}
      {visible && (
        <p className="toast__text" aria-hidden={message.spoken ? true : undefined}>
          {message.text}
        </p>
      )}
      {visible && message.undoable && (
        <button
          type="button"
          className="toast__undo"
          onClick={() => {
            setMessage(null);
            onUndo();
          }}
        >
          {t('toolbar.undo')}
        </button>
      )}
      {visible && (
        <button type="button" className="toast__close" aria-label={t('messages.close')} onClick={() => setMessage(null)}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
