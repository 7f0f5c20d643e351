/**
 * A card's menu places itself with floating-ui, which loads when a menu first opens. If that code
 * cannot be fetched (offline before the service worker had cached it), the menu must still show:
 * plainly under its button, never left transparent.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { CardMenu } from '../../src/components/common/CardMenu';

vi.mock('@floating-ui/dom', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

test('a menu whose placement code cannot load opens under its button, visible and usable', async () => {
  const user = userEvent.setup();
  const onSelect = vi.fn();
  render(<CardMenu label="Handlinger for Danne relationer" items={[{ label: 'Dupliker', onSelect }]} />);
  await user.click(screen.getByRole('button', { name: 'Handlinger for Danne relationer' }));
  const menu = screen.getByRole('menu', { name: 'Handlinger for Danne relationer' });
  await waitFor(() => expect(menu).toHaveStyle({ opacity: '1', position: 'absolute', top: '100%' }));
  expect(screen.getByRole('menuitem', { name: 'Dupliker' })).toHaveFocus();
  await user.click(screen.getByRole('menuitem', { name: 'Dupliker' }));
  expect(onSelect).toHaveBeenCalledOnce();
});
