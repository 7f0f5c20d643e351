/**
 * What "add" would bring, before anyone confirms: the new elements by category, then what is left
 * out because the local profile has it already or is full. Element texts are user text: rendered as
 * text, isolated for bidi, in their own language.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeResult } from '../../domain/merge';
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';

/** More than this and the list says "and N more": the dialog must stay readable on a phone. */
const MAX_LISTED = 12;

interface MergePreviewProps {
  merge: MergeResult;
  local: Profile;
  incoming: Profile;
  lang: string;
}

export function MergePreview({ merge, local, incoming, lang }: MergePreviewProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const categoryName = (id: string) => {
    const category = local.categories.find((c) => c.id === id) ?? incoming.categories.find((c) => c.id === id);
    return category ? textIn(category.name, lang) : { text: id, lang };
  };
  // The first MAX_LISTED new elements, grouped by the category they go to.
  const texts = new Map<string, { text: string; lang: string }[]>();
  for (const { categoryId, element } of merge.added.slice(0, MAX_LISTED)) {
    texts.set(categoryId, [...(texts.get(categoryId) ?? []), textIn(element.text, lang)]);
  }
  const hidden = merge.added.length - Math.min(merge.added.length, MAX_LISTED);

  if (merge.added.length === 0 && merge.addedQuestions.length === 0) return <p>{t('incoming.nothingToAdd')}</p>;
  return (
    <>
      <p>{t('incoming.adds', { count: merge.added.length })}</p>
      {merge.added.length > 0 && (
        <ul className="merge-preview">
          {[...texts].map(([categoryId, items]) => {
            const name = categoryName(categoryId);
            return (
              <li key={categoryId}>
                <bdi id={`${idPrefix}-${categoryId}`} lang={name.lang} className="merge-preview__category">
                  {name.text}
                </bdi>
                {merge.addedCategories.includes(categoryId) && <> {t('incoming.newCategory')}</>}
                <ul aria-labelledby={`${idPrefix}-${categoryId}`}>
                  {items.map((item, i) => (
                    <li key={i}>
                      <bdi lang={item.lang}>{item.text}</bdi>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {hidden > 0 && <p>{t('incoming.more', { count: hidden })}</p>}
      {merge.addedQuestions.length > 0 && <p>{t('incoming.questions', { count: merge.addedQuestions.length })}</p>}
      {merge.alreadyThere.length > 0 && <p>{t('incoming.alreadyThere', { count: merge.alreadyThere.length })}</p>}
      {merge.noRoom.length > 0 && <p>{t('incoming.noRoom', { count: merge.noRoom.length })}</p>}
    </>
  );
}
