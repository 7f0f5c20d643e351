/**
 * Runs one export at a time from the current local profile and reports what happened, for the
 * busy indicator, the status line and the error alert.
 */
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementOrigin } from '../../domain/origin';
import type { Profile } from '../../domain/profile';
import { exportFileName } from '../../export/fileName';
import { ORIGIN_SIGN, type ExportMarks, type OriginMark } from '../../export/originMarks';
import { genericElement, loadGenericProfiles } from '../../store/catalog';
import { downloadBlob } from '../../export/download';
import { i18next, loadAllTexts, loadUiLanguage, uiLanguages } from '../../i18n';
import { useProfileStore } from '../../store/profileStore';
import { extensionOf, variantLabel, type ExportFormat } from './exportFormats';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ExportFormat }
  | { kind: 'done'; format: ExportFormat; fileName: string }
  | { kind: 'failed'; format: ExportFormat; cause: FailureCause };

/**
 * Why an export failed, for a message that helps: `offline` when the part of the app that makes it
 * could not be fetched without a network; `outdated` when it could not be fetched although online (a
 * newer version replaced it on the server: a reload helps); `other` for anything else.
 */
export type FailureCause = 'offline' | 'outdated' | 'other';

export function causeOf(error: unknown, online = typeof navigator === 'undefined' || navigator.onLine): FailureCause {
  const message = error instanceof Error ? error.message : '';
  // Browsers word a failed import() differently: Chromium, Safari, Firefox.
  const notLoaded = /dynamically imported module|importing a module script failed|error loading dynamically imported|failed to fetch/i.test(message);
  if (!online) return 'offline';
  return notLoaded ? 'outdated' : 'other';
}

/** Which elements of `local` are adapted or the group's own, with the legend in the labels' language. */
function originMarks(local: Profile, t: TFunction): ExportMarks {
  const byId: Record<string, OriginMark> = {};
  for (const category of local.categories) {
    for (const element of category.elements) {
      const origin = elementOrigin(element, (id) => genericElement(id, local.basedOn));
      if (origin.kind === 'adapted' || origin.kind === 'own') byId[element.id] = origin.kind;
    }
  }
  return { byId, legend: t('export.legend', ORIGIN_SIGN) };
}

export function useExport() {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef(false);

  // "Downloaded" is news for a moment; the bubble must not cover the board for good.
  useEffect(() => {
    if (state.kind !== 'done') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 8000);
    return () => clearTimeout(timer);
  }, [state]);

  const run = useCallback(
    async (format: ExportFormat, withMarks = false) => {
      if (running.current) return; // a second click while a PDF is made must not make two
      running.current = true;
      setState({ kind: 'busy', format });
      const { local, contentLanguage } = useProfileStore.getState();
      // A document in English gets English labels even when the interface is Danish, if we have them.
      const labelLang = uiLanguages.some((language) => language.code === contentLanguage) ? contentLanguage : i18next.language;
      const date = new Date();
      try {
        // The labels' language (its own chunk unless Danish or in use), every Danish text (the fallback)
        // and every generic profile (the marks tell copies from the group's own elements).
        await Promise.all([loadUiLanguage(labelLang), loadAllTexts(), loadGenericProfiles()]);
        const labelT = i18next.getFixedT(labelLang);
        const marks = withMarks ? originMarks(local, labelT) : undefined;
        // The code that makes files loads on the first export; a failed fetch is reported like any failure.
        const { createExport } = await import('./createExport');
        const files = await createExport(format, { profile: local, lang: contentLanguage, date, t: labelT, labelLang, ...(marks ? { marks } : {}) });
        const options = { lang: contentLanguage, variant: variantLabel(format, labelT) };
        const names = files.map((file) => exportFileName(local, extensionOf(format), date, { ...options, ...(file.part ? { part: file.part } : {}) }));
        files.forEach((file, i) => downloadBlob(file.blob, names[i]!));
        setState({ kind: 'done', format, fileName: names.length > 1 ? `${names[0]} … ${names.at(-1)}` : names[0]! });
      } catch (error) {
        console.error('Export failed', error);
        setState({ kind: 'failed', format, cause: causeOf(error) });
      } finally {
        running.current = false;
      }
    },
    [],
  );

  /** The format's name as the status and error messages say it. */
  const formatName = (format: ExportFormat) => extensionOf(format).toUpperCase();
  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, dismiss, formatName, t };
}
