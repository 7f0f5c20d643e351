import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { resetStore } from '../store/resetStore';

/** The whole app on a clean store, with a user to drive it. */
export function renderApp() {
  resetStore();
  const user = userEvent.setup();
  const view = render(<App />);
  const generic = () => screen.getByRole('region', { name: 'Generisk profil' });
  const local = () => screen.getByRole('region', { name: 'Lokal profil' });
  const list = (region: HTMLElement, category: string) => within(region).getByRole('list', { name: category });
  const texts = (listElement: HTMLElement) => within(listElement).queryAllByRole('listitem').map((item) => item.getAttribute('aria-label'));
  const menuOf = async (region: HTMLElement, text: string) => {
    const item = within(region).getByRole('listitem', { name: text });
    await user.click(within(item).getByRole('button', { name: `Handlinger for: ${text}` }));
    return screen.getByRole('menu');
  };
  const addToLocal = async (text: string, category: string) => {
    const menu = await menuOf(generic(), text);
    await user.click(within(menu).getByRole('menuitem', { name: `Tilføj til ${category} i den lokale profil` }));
  };
  /** Copies a generic element into the local profile and puts focus on its drag handle there. */
  const addAndFocus = async (text: string, category: string) => {
    await addToLocal(text, category);
    within(local()).getByRole('button', { name: `Flyt: ${text}` }).focus();
  };
  return { ...view, user, generic, local, list, texts, menuOf, addToLocal, addAndFocus };
}
