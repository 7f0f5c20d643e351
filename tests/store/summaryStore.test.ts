import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SUMMARY_STORAGE_KEY, useSummaryStore } from '../../src/store/summaryStore';
import { smallProfile } from '../domain/fixtures';

beforeEach(() => {
  useSummaryStore.getState().clearGroups();
  localStorage.clear();
});

describe('summary store', () => {
  it('adds, renames and removes groups, and refuses the very same profile twice', () => {
    const { addGroup } = useSummaryStore.getState();
    expect(addGroup(smallProfile(), 'Gruppe 1', 'a.json')).toBe('added');
    expect(addGroup(smallProfile(), 'Gruppe 2', 'kopi.json')).toBe('duplicate');
    expect(addGroup({ ...smallProfile(), municipality: 'Ærø' }, 'Gruppe 2', 'b.json')).toBe('added');
    const [first, second] = useSummaryStore.getState().groups;
    useSummaryStore.getState().renameGroup(first!.id, 'Team Nord');
    useSummaryStore.getState().removeGroup(second!.id);
    expect(useSummaryStore.getState().groups.map((group) => group.name)).toEqual(['Team Nord']);
  });

  it('saves the groups in this browser and reads them back through the profile door', async () => {
    useSummaryStore.getState().addGroup(smallProfile(), 'Gruppe 1', 'a.json');
    const saved = JSON.parse(localStorage.getItem(SUMMARY_STORAGE_KEY)!);
    expect(saved).toHaveLength(1);
    // A second entry that no longer passes validation, and one that is not a group at all.
    const broken = { ...saved[0], id: 'x', profile: { ...smallProfile(), categories: [] } };
    localStorage.setItem(SUMMARY_STORAGE_KEY, JSON.stringify([...saved, broken, 'nonsense', null]));
    vi.resetModules();
    const fresh = await import('../../src/store/summaryStore');
    expect(fresh.useSummaryStore.getState().groups.map((group) => [group.name, group.origin])).toEqual([['Gruppe 1', 'a.json']]);
  });

  it('starts empty when the saved summary is not JSON', async () => {
    localStorage.setItem(SUMMARY_STORAGE_KEY, '{oops');
    vi.resetModules();
    const fresh = await import('../../src/store/summaryStore');
    expect(fresh.useSummaryStore.getState().groups).toEqual([]);
  });
});
