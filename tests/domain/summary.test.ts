import { describe, expect, it } from 'vitest';
import * as ops from '../../src/domain/operations';
import type { Profile } from '../../src/domain/profile';
import { summarize } from '../../src/domain/summary';
import { smallProfile } from './fixtures';

const generic = smallProfile();
const source = (id: string) => ops.findElement(generic, id)!.element;

function groupWith(copies: [string, string][], own: string[] = [], renames: Record<string, string> = {}) {
  let profile: Profile = { ...smallProfile(), categories: smallProfile().categories.map((c) => ({ ...c, elements: [] })) };
  copies.forEach(([sourceId, newId]) => {
    profile = ops.addCopyOf(profile, source(sourceId), 'viden', newId);
    if (renames[newId]) profile = ops.renameElement(profile, newId, 'da', renames[newId]);
  });
  own.forEach((text, i) => (profile = ops.addOwnElement(profile, 'kompetencer', `own-${i}`, text)));
  return profile;
}

describe('summarize', () => {
  it('counts, per generic element, the groups that kept it, most first', () => {
    const summary = summarize([
      { name: 'Gruppe 1', profile: groupWith([['b', 'x1']]) },
      { name: 'Gruppe 2', profile: groupWith([['a', 'y1'], ['b', 'y2']]) },
      { name: 'Gruppe 3', profile: groupWith([['b', 'z1'], ['b', 'z2']]) },
    ]);
    expect(summary.groupCount).toBe(3);
    expect(summary.kept.map((k) => [k.sourceId, k.groups])).toEqual([
      ['b', ['Gruppe 1', 'Gruppe 2', 'Gruppe 3']],
      ['a', ['Gruppe 2']],
    ]);
  });

  it('lists the names groups gave their copies, and their own elements', () => {
    const summary = summarize([
      { name: 'Gruppe 1', profile: groupWith([['b', 'x1']], ['Kende ungenetværket'], { x1: 'Kende vores ungenetværk' }) },
      { name: 'Gruppe 2', profile: groupWith([['b', 'y1']]) },
    ]);
    expect(summary.kept[0]!.names).toEqual(['Kende vores ungenetværk', 'Kende systemet']);
    expect(summary.own).toEqual([{ group: 'Gruppe 1', categoryId: 'kompetencer', text: { da: 'Kende ungenetværket' } }]);
  });
});
