import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { setupI18n } from '../../src/i18n';
import { useProfileStore } from '../../src/store/profileStore';
import { resetStore } from '../store/resetStore';

const presentation = () => screen.getByRole('dialog', { name: /^Præsentation:/ });
const progress = () => within(presentation()).getByRole('status');
const shownTexts = () =>
  within(presentation())
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.present-item__text')?.textContent);
const slideHeading = () => within(presentation()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

function setup() {
  const user = userEvent.setup();
  render(<App />);
  return user;
}

// The presentation's code loads when it is first opened (src/components/common/onDemand.tsx).
const openedPresentation = () => screen.findByRole('dialog', { name: /^Præsentation:/ });

async function openWithButton(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /Præsentér/ }));
  return openedPresentation();
}

beforeEach(() => {
  resetStore();
  setupI18n('da');
});

describe('opening and leaving the presentation', () => {
  it('opens from the header button, moves focus into the view, and Escape brings focus back to the button', async () => {
    const user = setup();
    const dialog = await openWithButton(user);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Præsentation: Kontaktperson+ – generisk kompetenceprofil');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    // The editing chrome behind it is out of reach.
    expect(document.querySelector('.app-shell')).toHaveAttribute('inert');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Præsentér/ })).toHaveFocus();
    expect(document.querySelector('.app-shell')).not.toHaveAttribute('inert');
  });

  it('has focus inside the view in the same moment the view appears (no frame where a key lands behind it)', async () => {
    const user = setup();
    // A MutationObserver runs right after React's commit, before effects React defers to later.
    let focusInsideWhenShown: boolean | undefined;
    const observer = new MutationObserver(() => {
      const dialog = document.querySelector('[role="dialog"][aria-label^="Præsentation"]');
      if (dialog && focusInsideWhenShown === undefined) focusInsideWhenShown = dialog.contains(document.activeElement);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await openWithButton(user);
    observer.disconnect();
    expect(focusInsideWhenShown).toBe(true);
  });

  it('opens with P when focus is not in a text field, and the close button closes it', async () => {
    const user = setup();
    await user.click(screen.getByLabelText('Kommune'));
    await user.keyboard('p');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Kommune')).toHaveValue('p');

    await user.click(document.body);
    await user.keyboard('p');
    const dialog = await openedPresentation();
    await user.click(within(dialog).getByRole('button', { name: 'Luk præsentationen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Præsentér/ })).toHaveFocus();
  });

  it('goes full screen when the browser allows it, and closes when the user leaves full screen', async () => {
    let fullscreenElement: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreenElement });
    const request = vi.fn(async function (this: HTMLElement) {
      fullscreenElement = document.querySelector('[role="dialog"]');
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    HTMLElement.prototype.requestFullscreen = request;
    try {
      const user = setup();
      const dialog = await openWithButton(user);
      expect(request).toHaveBeenCalledTimes(1);
      expect(fullscreenElement).toBe(dialog);
      // The browser keeps Escape for itself in full screen and only reports the change.
      act(() => {
        fullscreenElement = null;
        document.dispatchEvent(new Event('fullscreenchange'));
      });
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    } finally {
      // @ts-expect-error jsdom has no Fullscreen API; remove the stub again.
      delete HTMLElement.prototype.requestFullscreen;
      // @ts-expect-error see above
      delete document.fullscreenElement;
    }
  });

  it('stays open as an overlay when the browser refuses full screen', async () => {
    HTMLElement.prototype.requestFullscreen = vi.fn(() => Promise.reject(new TypeError('Permissions check failed')));
    try {
      const user = setup();
      await openWithButton(user);
      await act(async () => {});
      expect(presentation()).toBeInTheDocument();
    } finally {
      // @ts-expect-error jsdom has no Fullscreen API; remove the stub again.
      delete HTMLElement.prototype.requestFullscreen;
    }
  });
});

describe('stepping through the profile', () => {
  it('starts with an overview of all categories, then the step keys go category by category', async () => {
    const user = setup();
    await openWithButton(user);
    expect(progress()).toHaveTextContent('Trin 1 af 4: Overblik');
    expect(slideHeading()).toEqual(['Viden', 'Færdigheder', 'Kompetencer']);
    expect(shownTexts()).toHaveLength(20);

    await user.keyboard('{ArrowRight}');
    expect(progress()).toHaveTextContent('Trin 2 af 4: Viden');
    expect(slideHeading()).toEqual(['Viden']);
    expect(shownTexts()).toHaveLength(6);
    expect(shownTexts()[0]).toBe('Respektere målgruppen');

    await user.keyboard('{PageDown}');
    expect(slideHeading()).toEqual(['Færdigheder']);
    await user.keyboard(' ');
    expect(slideHeading()).toEqual(['Kompetencer']);
    expect(progress()).toHaveTextContent('4 / 4');
    await user.keyboard('{ArrowDown}');
    expect(slideHeading()).toEqual(['Kompetencer']);

    await user.keyboard('{ArrowLeft}');
    expect(slideHeading()).toEqual(['Færdigheder']);
    await user.keyboard('{PageUp}');
    expect(slideHeading()).toEqual(['Viden']);
    await user.keyboard('{Shift>} {/Shift}');
    expect(progress()).toHaveTextContent('1 / 4');
  });

  it('jumps to the end with End and back to the start with Home', async () => {
    const user = setup();
    await openWithButton(user);
    await user.keyboard('{End}');
    expect(progress()).toHaveTextContent('Trin 4 af 4: Kompetencer');
    expect(shownTexts()).toHaveLength(8);
    await user.keyboard('{Home}');
    expect(progress()).toHaveTextContent('Trin 1 af 4: Overblik');
  });

  it('steps with the Previous and Next buttons too', async () => {
    const user = setup();
    await openWithButton(user);
    const previous = within(presentation()).getByRole('button', { name: /Forrige/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(presentation()).getByRole('button', { name: /Næste/ }));
    expect(slideHeading()).toEqual(['Viden']);
    await user.click(previous);
    expect(progress()).toHaveTextContent('1 / 4');
  });

  it('reveals the elements one at a time when asked, and announces each', async () => {
    const user = setup();
    await openWithButton(user);
    const toggle = within(presentation()).getByRole('button', { name: 'Ét element ad gangen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    presentation().focus();

    await user.keyboard('{ArrowRight}');
    expect(slideHeading()).toEqual(['Viden']);
    expect(shownTexts()).toEqual([]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(shownTexts()).toEqual(['Respektere målgruppen', 'Kende målgrupperelevante metoder inden for bl.a. vejledning, pædagogik, socialfaglighed']);
    expect(progress()).toHaveTextContent('Trin 2 af 4: Viden. Kende målgrupperelevante metoder');
    await user.keyboard('{ArrowLeft}');
    expect(shownTexts()).toEqual(['Respektere målgruppen']);
    // After the last element, the next category starts empty again.
    await user.keyboard('{ArrowRight}'.repeat(6));
    expect(slideHeading()).toEqual(['Færdigheder']);
    expect(shownTexts()).toEqual([]);

    await user.click(toggle);
    expect(shownTexts()).toHaveLength(6);
  });
});

describe('no editing while presenting', () => {
  it('keeps Ctrl+Z from changing the profile behind the audience, and works again after closing', async () => {
    useProfileStore.getState().addCopy('danne-relationer', 'viden');
    const user = setup();
    await openWithButton(user);
    await user.keyboard('{Control>}z{/Control}');
    expect(shownTexts()).toEqual(['Danne relationer']);
    expect(useProfileStore.getState().local.categories[0]!.elements).toHaveLength(1);
    await user.keyboard('{Escape}');
    await user.keyboard('{Control>}z{/Control}');
    expect(useProfileStore.getState().local.categories[0]!.elements).toHaveLength(0);
  });

  it('does not open on P while the start-over dialog is open', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Start forfra' }));
    await screen.findByRole('dialog', { name: 'Start forfra?' });
    await user.keyboard('p');
    expect(screen.queryByRole('dialog', { name: /^Præsentation:/ })).not.toBeInTheDocument();
  });
});

describe('what is presented', () => {
  it('offers the generic and the local profile, and shows the local one with its municipality', async () => {
    const store = useProfileStore.getState();
    store.setMunicipality('Helsingør Kommune');
    const user = setup();
    await openWithButton(user);
    const choice = within(presentation()).getByRole('group', { name: 'Profil der vises' });
    expect(within(choice).getByRole('button', { name: 'Generisk profil' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(choice).getByRole('button', { name: 'Lokal profil' }));
    expect(presentation()).toHaveAccessibleName('Præsentation: Lokal profil');
    expect(within(presentation()).getByText('Helsingør Kommune')).toBeInTheDocument();
    expect(within(presentation()).getByText('Kontaktperson+')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(presentation()).getByText('Ingen elementer endnu.')).toBeInTheDocument();

    await user.click(within(choice).getByRole('button', { name: 'Generisk profil' }));
    expect(progress()).toHaveTextContent('Trin 1 af 4');
    expect(shownTexts()).toHaveLength(20);
  });

  it('opens on the local profile once it has elements', async () => {
    useProfileStore.getState().addCopy('danne-relationer', 'viden');
    const user = setup();
    await openWithButton(user);
    expect(within(presentation()).getByRole('button', { name: 'Lokal profil' })).toHaveAttribute('aria-pressed', 'true');
    expect(shownTexts()).toEqual(['Danne relationer']);
  });

  it('shows the profile language, with Danish marked where a translation is missing', async () => {
    const store = useProfileStore.getState();
    store.addCopy('danne-relationer', 'viden');
    store.addOwn('viden', 'Kende kædeansvaret');
    store.setContentLanguage('en');
    const user = setup();
    await openWithButton(user);
    const items = within(presentation()).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Build relationships');
    expect(items[1]).toHaveTextContent('Kende kædeansvaret');
    expect(within(items[1]!).getByText('Ikke oversat')).toBeInTheDocument();
    expect(items[1]!.querySelector('[lang="da"]')).toHaveTextContent('Kende kædeansvaret');
  });
});

describe('printing', () => {
  it('prints the local profile from the board and the presented profile from the presentation', async () => {
    useProfileStore.getState().addCopy('danne-relationer', 'kompetencer');
    const user = setup();
    const paper = () => document.querySelector('.print-profile') as HTMLElement;
    expect(paper()).toHaveAttribute('hidden');
    expect(paper()).toHaveTextContent('Lokal profil');
    expect(paper().querySelectorAll('li')).toHaveLength(1);

    await openWithButton(user);
    await user.click(within(presentation()).getByRole('button', { name: 'Generisk profil' }));
    expect(paper()).toHaveTextContent('Kontaktperson+ – generisk kompetenceprofil');
    expect(paper().querySelectorAll('li')).toHaveLength(20);
  });
});
