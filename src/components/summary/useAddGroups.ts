/**
 * Taking groups' profiles into the summary: many files at once (JSON, or PNGs that carry a profile)
 * and pasted share links, each through the same doors as an import. What cannot be used is listed
 * with its reason; nothing is added twice.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profile';
import { readProfileFile } from '../../export/importFile';
import { describeProblems } from '../../i18n/problemMessage';
import { findGenericProfile } from '../../store/catalog';
import { useProfileStore } from '../../store/profileStore';
import { useSummaryStore } from '../../store/summaryStore';
import { linkProblemMessage } from '../../i18n/linkProblems';
import { defaultGroupName } from './groupName';

export interface AddReport {
  added: number;
  /** One line per file or link that was not added: what it was, and why. */
  refused: { source: string; reasons: string[] }[];
}

/** Every share link in a pasted text (one per line, or anywhere in a chat message). */
export function linksIn(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.includes('#profil='));
}

export function useAddGroups() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<AddReport | null>(null);

  const addAll = useCallback(
    async (sources: { source: string; read: () => Promise<{ ok: true; profile: Profile } | { ok: false; reasons: string[] }> }[]) => {
      setBusy(true);
      const next: AddReport = { added: 0, refused: [] };
      for (const { source, read } of sources) {
        const result = await read();
        if (!result.ok) {
          next.refused.push({ source, reasons: result.reasons });
          continue;
        }
        const { groups, addGroup } = useSummaryStore.getState();
        const lang = useProfileStore.getState().contentLanguage;
        const name = defaultGroupName(
          result.profile,
          lang,
          groups.map((group) => group.name),
          (n) => t('summary.groupNumber', { n }),
        );
        const outcome = addGroup(result.profile, name, source);
        if (outcome === 'added') next.added += 1;
        else next.refused.push({ source, reasons: [outcome === 'duplicate' ? t('summary.duplicate') : t('summary.full')] });
      }
      setReport(next);
      setBusy(false);
    },
    [t],
  );

  const addFiles = useCallback(
    (files: File[]) =>
      addAll(
        files.map((file) => ({
          source: file.name,
          read: async () => {
            const result = await readProfileFile(file).catch(() => null);
            if (!result) return { ok: false as const, reasons: [t('import.problem.unreadable_file')] };
            return result.ok ? result : { ok: false as const, reasons: describeProblems(result.problems, t) };
          },
        })),
      ),
    [addAll, t],
  );

  /** Returns how many links the text held, so the field can say when it held none. */
  const addLinks = useCallback(
    async (text: string) => {
      const links = linksIn(text);
      if (links.length === 0) {
        setReport({ added: 0, refused: [{ source: t('summary.pasted'), reasons: [linkProblemMessage('not_a_link', t)] }] });
        return 0;
      }
      const { readShareLink } = await import('../../export/shareLink');
      await addAll(
        links.map((link, i) => ({
          source: t('summary.linkNumber', { n: i + 1 }),
          read: async () => {
            const result = readShareLink(link, findGenericProfile);
            if (result.ok) return result;
            return { ok: false as const, reasons: [linkProblemMessage(result.reason, t), ...describeProblems(result.problems, t)] };
          },
        })),
      );
      return links.length;
    },
    [addAll, t],
  );

  return { busy, report, addFiles, addLinks, clearReport: () => setReport(null) };
}
