import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useProfileStore } from '../../src/store/profileStore';
import { BACKUP_KEY, STORAGE_KEY } from '../../src/store/savedState';
import { renderApp } from './renderApp';

describe('saved data that cannot be read', () => {
  it('says so, offers the data as a download, and forgets it only when dismissed', async () => {
    const { user } = renderApp();
    localStorage.setItem(STORAGE_KEY, '{"state": {"local": "ødelagt"}, "version": 1}');
    await act(() => useProfileStore.persist.rehydrate());
    expect(screen.getByRole('alert')).toHaveTextContent('kunne ikke læses');
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:x');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Hent de ulæselige data' }));
    expect(click).toHaveBeenCalled();
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe('{"state": {"local": "ødelagt"}, "version": 1}');
    expect(localStorage.getItem(BACKUP_KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Luk beskeden' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
  });
});

describe('saving that fails', () => {
  it('warns that work is not being saved, without losing it', async () => {
    const { user, addToLocal } = renderApp();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(screen.getByText('Gemt i browseren')).toBeInTheDocument();
    await addToLocal('Danne relationer', 'Viden');
    expect(screen.getByRole('alert')).toHaveTextContent('kan ikke gemmes');
    expect(screen.queryByText('Gemt i browseren')).not.toBeInTheDocument();
    expect(useProfileStore.getState().local.categories[0]!.elements).toHaveLength(1);
    setItem.mockRestore();
    await user.click(within(screen.getByRole('toolbar')).getByRole('button', { name: 'Fortryd' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('work saved by a newer version of the app', () => {
  it('says so and tells the user to reload, and offers the data as a file', async () => {
    renderApp();
    const raw = JSON.stringify({ state: { genericId: 'kontaktperson-plus', local: {}, contentLanguage: 'da' }, version: 999 });
    localStorage.setItem(STORAGE_KEY, raw);
    await act(() => useProfileStore.persist.rehydrate());
    expect(screen.getByRole('alert')).toHaveTextContent('gemt af en nyere version af Profilbygger');
    expect(screen.getByRole('alert')).toHaveTextContent('Genindlæs siden');
    expect(screen.getByRole('button', { name: 'Hent de ulæselige data' })).toBeInTheDocument();
  });
});
