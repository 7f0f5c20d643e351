import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/common/ErrorBoundary';
import { setupI18n } from '../../src/i18n';
import { useProfileStore } from '../../src/store/profileStore';
import { STORAGE_KEY } from '../../src/store/savedState';
import { resetStore } from '../store/resetStore';

/** Renders fine until its button is pressed, then throws while rendering. */
function Thrower() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error('Maximum update depth exceeded');
  return (
    <button type="button" onClick={() => setBroken(true)}>
      Break
    </button>
  );
}

function renderBroken(reload = vi.fn()) {
  resetStore();
  const id = useProfileStore.getState().addOwn('viden', 'Vores eget element');
  render(
    <ErrorBoundary reload={reload}>
      <Thrower />
    </ErrorBoundary>,
  );
  return { reload, id, user: userEvent.setup() };
}

afterEach(() => vi.restoreAllMocks());

describe('the error boundary', () => {
  it('shows a calm panel in Danish instead of a white page, with focus on its heading', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderBroken();
    await user.click(screen.getByRole('button', { name: 'Break' }));
    const heading = screen.getByRole('heading', { name: 'Noget gik galt' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Jeres arbejde er ikke tabt');
  });

  it('speaks the user’s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() => setupI18n('en'));
    const { user } = renderBroken();
    await user.click(screen.getByRole('button', { name: 'Break' }));
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('keeps the work: it is still saved, and downloads as a profile file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:work';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderBroken();
    await user.click(screen.getByRole('button', { name: 'Break' }));

    expect(localStorage.getItem(STORAGE_KEY)).toContain('Vores eget element');
    await user.click(screen.getByRole('button', { name: 'Hent profilen som fil (JSON)' }));
    expect(blobs).toHaveLength(1);
    const saved = JSON.parse(await blobs[0]!.text()) as { categories: { id: string; elements: { text: { da: string } }[] }[] };
    expect(saved.categories.find((c) => c.id === 'viden')?.elements.map((e) => e.text.da)).toEqual(['Vores eget element']);
  });

  it('reloads the page from its button', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, reload } = renderBroken();
    await user.click(screen.getByRole('button', { name: 'Break' }));
    await user.click(screen.getByRole('button', { name: 'Genindlæs siden' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
