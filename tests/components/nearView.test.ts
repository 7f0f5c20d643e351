// Which local cards are dnd-kit sortables (issue 8, speed): those near the view, any card a pointer or
// key reaches, and, during a drag, every card that was near when it ran.
import { afterAll, describe, expect, it, vi } from 'vitest';

class FakeObserver {
  static current: FakeObserver | undefined;
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.current = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
}

/** What the browser's observer would say about `target`. */
function report(target: Element, isIntersecting: boolean) {
  const observer = FakeObserver.current!;
  observer.callback([{ target, isIntersecting } as IntersectionObserverEntry], observer as unknown as IntersectionObserver);
}

vi.stubGlobal('IntersectionObserver', FakeObserver);
const nearView = await import('../../src/components/board/nearView');
afterAll(() => vi.unstubAllGlobals());

function cardIn(panel: HTMLElement) {
  const item = document.createElement('li');
  panel.append(item);
  return item;
}

function scrollingPanel() {
  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.style.overflowY = 'auto';
  document.body.append(panel);
  return panel;
}

describe('nearView', () => {
  it('watches cards against their scrolling panel, a panel height beyond what shows', () => {
    const panel = scrollingPanel();
    const stop = nearView.watchNearness(cardIn(panel), 'a');
    expect(FakeObserver.current!.options).toEqual({ root: panel, rootMargin: '100% 0px' });
    stop();
  });

  it('a card is near while the observer says so, and not before', () => {
    const item = cardIn(scrollingPanel());
    const stop = nearView.watchNearness(item, 'b');
    expect(nearView.isNear('b')).toBe(false);
    report(item, true);
    expect(nearView.isNear('b')).toBe(true);
    report(item, false);
    expect(nearView.isNear('b')).toBe(false);
    stop();
  });

  it('a card a pointer or key reaches is near at once, whatever the observer has said', () => {
    const item = cardIn(scrollingPanel());
    const stop = nearView.watchNearness(item, 'c');
    report(item, false);
    nearView.markNear('c');
    expect(nearView.isNear('c')).toBe(true);
    stop();
  });

  it('during a drag no card stops being near; those that left are let go when it ends', () => {
    const panel = scrollingPanel();
    const [left, back] = [cardIn(panel), cardIn(panel)];
    const stops = [nearView.watchNearness(left, 'left'), nearView.watchNearness(back, 'back')];
    report(left, true);
    report(back, true);
    nearView.holdNearness();
    report(left, false);
    report(back, false);
    report(back, true);
    expect(nearView.isNear('left')).toBe(true);
    nearView.releaseNearness();
    expect(nearView.isNear('left')).toBe(false);
    expect(nearView.isNear('back')).toBe(true);
    stops.forEach((stop) => stop());
  });

  it('without IntersectionObserver every card is near (as before windowing)', async () => {
    vi.unstubAllGlobals();
    vi.resetModules();
    const plain = await import('../../src/components/board/nearView');
    expect(plain.isNear('anything')).toBe(true);
  });
});
