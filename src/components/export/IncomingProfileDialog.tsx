/**
 * Asks what to do with a profile that arrives from a file or a link: replace the local profile, or
 * add to it the elements it lacks. What adding would bring is shown before anything changes (the
 * same pure mergeProfiles the store then applies), and either choice is one undo step.
 * Rendered into <body>, like the shared Modal: inside the header it took the toolbar's button colours
 * and sat inside the toolbar's role.
 */
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { mergeProfiles } from '../../domain/merge';
import { countElements } from '../../domain/operations';
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { useProfileStore } from '../../store/profileStore';
import { MergePreview } from './MergePreview';
import './incoming.css';

interface IncomingProfileDialogProps {
  profile: Profile;
  /** Where it comes from, as the sentence names it: a file name, or "the link". */
  origin: string;
  migrated: boolean;
  /** Said in the dialog, e.g. that only the first of several dropped files was read. */
  note?: string;
  lang: string;
  onReplace: () => void;
  onAdd: () => void;
  onCancel: () => void;
}

/** Ids for the preview only; the store gives the real ones. */
function previewIds() {
  let n = 0;
  return () => `preview-${++n}`;
}

export function IncomingProfileDialog({ profile, origin, migrated, note, lang, onReplace, onAdd, onCancel }: IncomingProfileDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const local = useProfileStore((state) => state.local);
  const merge = useMemo(() => mergeProfiles(local, profile, previewIds()), [local, profile]);
  const canAdd = merge.added.length > 0 || merge.addedQuestions.length > 0;
  const elements = profile.categories.flatMap((category) => category.elements);
  const notes = elements.filter((element) => element.note?.trim()).length;
  const marks = elements.filter((element) => element.marks?.does || element.marks?.should).length;
  const answers = (profile.questions ?? []).filter((question) => question.answer?.trim()).length;
  // What the group did beyond choosing elements, so the facilitator sees it is the right file.
  const details = [
    notes > 0 && t('incoming.notes', { count: notes }),
    marks > 0 && t('incoming.marks', { count: marks }),
    answers > 0 && t('incoming.answers', { count: answers }),
  ].filter(Boolean);

  useEffect(() => {
    const node = dialog.current;
    if (!node || node.open) return;
    // jsdom (tests) and very old browsers lack showModal; an open dialog is still usable there.
    if (typeof node.showModal === 'function') node.showModal();
    else node.setAttribute('open', '');
    return () => {
      if (node.open && typeof node.close === 'function') node.close();
    };
  }, []);

  return createPortal(
    <dialog
      ref={dialog}
      className="dialog dialog--incoming"
      aria-labelledby="incoming-title"
      aria-describedby="incoming-body"
      onCancel={(event) => {
        event.preventDefault(); // Escape: close through React state, like the Cancel button
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onReplace();
        }}
      >
        <h2 id="incoming-title">{t('incoming.title')}</h2>
        <div id="incoming-body" className="incoming__body">
          <p>
            {t('incoming.body', { title: textIn(profile.title, lang).text, origin, count: countElements(profile) })}
            {details.length > 0 && ` ${details.join(' · ')}.`}
          </p>
          {note && <p>{note}</p>}
          {migrated && <p>{t('import.confirm.migrated')}</p>}
        </div>
        <section className="incoming__choice" aria-labelledby="incoming-add">
          <h3 id="incoming-add">{t('incoming.addHeading')}</h3>
          <MergePreview merge={merge} local={local} incoming={profile} lang={lang} />
        </section>
        <section className="incoming__choice" aria-labelledby="incoming-replace">
          <h3 id="incoming-replace">{t('incoming.replaceHeading')}</h3>
          <p>{t('incoming.replaceBody', { count: countElements(local) })}</p>
        </section>
        <p>{t('incoming.undo')}</p>
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('import.confirm.cancel')}
          </button>
          <button type="button" onClick={onAdd} disabled={!canAdd}>
            {t('incoming.add')}
          </button>
          <button type="submit" className="button--danger">
            {t('import.confirm.replace')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
