/**
 * A keyboard drag at the speed of a fast typist or a screen reader. dnd-kit's KeyboardSensor takes
 * each key as it comes, but dnd-kit learns what a key did only afterwards, in renders of its own:
 *
 * - Space (pick up) starts the sensor, which listens for arrows from a timer; Chromium runs input
 *   events before timers, so an arrow pressed right after Space reached no listener and was lost
 *   (issue 8, item 8: the flaky "drags a local element back out with the keyboard" test).
 * - After an arrow moves the card, dnd-kit measures the card's new place in the next render and the
 *   area it is over in the render after that (`over` is set in a passive effect). A key typed in
 *   between was measured from, or Space dropped the card on, the area before: in the matrix with a
 *   single card, Space ArrowUp ArrowRight Space landed in "Fasthold", not "Lad ligge".
 *
 * So the sensor holds drag keys until dnd-kit has caught up with the last one, then hands them on in
 * order: keys typed at once land where the same keys typed slowly land.
 */
import { getFirstCollision, KeyboardSensor, type KeyboardSensorProps, type SensorContext } from '@dnd-kit/core';

/** The keys the sensor acts on during a drag (see sensors.ts). */
const DRAG_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Space', 'Enter', 'Escape']);

/**
 * How long a key is held at most. dnd-kit catches up within a few frames even on a loaded machine;
 * should it never (an area that has no measured rect), the keys go on as dnd-kit would have taken them.
 */
const LONGEST_HOLD_MS = 1000;

export interface KeyGate {
  /** Holds drag keys from now on until `ready()` says dnd-kit has caught up (or the longest hold has passed). */
  holdUntil(ready: () => boolean): void;
  /** Says dnd-kit's own key listener is attached: until then (see `gateDragKeys`) every drag key is held. */
  listenerAttached(): void;
  /** Stops holding and listening; keys still held are dropped with the drag. */
  close(): void;
}

/**
 * A gate on `target`'s drag keys: let through while open, held in order while closed, handed on once it opens.
 * With `{ listenerAttached: false }` it is closed until `listenerAttached()`, however long that takes: a
 * key handed on before dnd-kit listens is lost, and its timer comes late on a busy machine (seen: 430 ms).
 */
export function gateDragKeys(target: Document, { listenerAttached = true } = {}): KeyGate {
  let attached = listenerAttached;
  const held: KeyboardEvent[] = [];
  const handedOn = new WeakSet<Event>();
  let ready: () => boolean = () => true;
  let holdingSince = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const holding = () => !attached || (!ready() && Date.now() - holdingSince < LONGEST_HOLD_MS);
  const handOn = () => {
    timer = undefined;
    // A key handed on can close the gate again (an arrow that moves the card): the rest wait for that.
    while (held.length > 0 && !holding()) {
      const { key, code, shiftKey, ctrlKey, altKey, metaKey } = held.shift()!;
      const copy = new KeyboardEvent('keydown', { key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true });
      handedOn.add(copy);
      target.dispatchEvent(copy);
    }
    if (held.length > 0) timer = setTimeout(handOn);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (handedOn.has(event) || !DRAG_KEYS.has(event.code)) return;
    // Behind keys already waiting, a key waits too, so none overtakes another.
    if (held.length === 0 && !holding()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(event);
    timer ??= setTimeout(handOn);
  };
  target.addEventListener('keydown', onKeyDown, true);

  return {
    holdUntil(isReady) {
      ready = isReady;
      holdingSince = Date.now();
    },
    listenerAttached() {
      attached = true;
    },
    close() {
      target.removeEventListener('keydown', onKeyDown, true);
      clearTimeout(timer);
      held.length = 0;
    },
  };
}

/**
 * Whether dnd-kit has caught up with a move: it has measured the card since (a render makes a new
 * `collisionRect`), and the area it says the card is over is the one the card now overlaps most.
 */
export function hasCaughtUp(context: SensorContext, measuredBefore: SensorContext['collisionRect']): boolean {
  if (context.collisionRect === measuredBefore) return false;
  return (getFirstCollision(context.collisions, 'id') ?? null) === (context.over?.id ?? null);
}

/** Where each of the drag's scrolling ancestors is scrolled to, as one comparable string. */
const scrollPositions = (context: SensorContext) => context.scrollableAncestors.map((element) => `${element.scrollLeft},${element.scrollTop}`).join(';');

/** The board's and the matrix's keyboard sensor: dnd-kit's, with drag keys held until it has caught up. */
export class CatchUpKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    const target = props.event.target instanceof Node ? (props.event.target.ownerDocument ?? document) : document;
    const gate = gateDragKeys(target, { listenerAttached: false });
    const { context, onMove, onEnd, onCancel } = props;
    const holdFor = (measuredBefore: SensorContext['collisionRect']) => gate.holdUntil(() => hasCaughtUp(context.current, measuredBefore));

    // An arrow whose target is out of view makes dnd-kit scroll instead of move; it measures the card
    // again only once the scroll event comes. Seen around each key dnd-kit takes (the gate's listener
    // comes first, so held keys are not seen here; the window's comes after dnd-kit's on the document).
    let before = { measured: context.current.collisionRect, scrolls: '' };
    const beforeKey = () => {
      before = { measured: context.current.collisionRect, scrolls: scrollPositions(context.current) };
    };
    const afterKey = () => {
      if (scrollPositions(context.current) !== before.scrolls) holdFor(before.measured);
    };
    const view = target.defaultView;
    target.addEventListener('keydown', beforeKey, true);
    view?.addEventListener('keydown', afterKey);
    const finish = () => {
      gate.close();
      target.removeEventListener('keydown', beforeKey, true);
      view?.removeEventListener('keydown', afterKey);
    };

    super({
      ...props,
      onMove: (coordinates) => {
        holdFor(context.current.collisionRect);
        onMove(coordinates);
      },
      onEnd: () => {
        finish();
        onEnd();
      },
      onCancel: () => {
        finish();
        onCancel();
      },
    });
    // super() set dnd-kit's timer that attaches its key listener; this one fires after it. Until then
    // keys are held whatever else opens the gate: the Space that picked the card up is still on its
    // way to the window, and `afterKey` above replaces the condition below once it gets there.
    setTimeout(() => gate.listenerAttached());
    // And the keys wait for dnd-kit's first measure of the card: a getter given no rect moves nothing.
    holdFor(null);
  }
}
