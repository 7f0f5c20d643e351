/** A category's name, its short gloss ("jeg ved"), how many elements it holds, and whether its translation is out of date. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../domain/profile';
import { shorten, textIn } from '../../domain/text';
import { outdatedSource } from '../../domain/translationSource';
import { useDirection } from '../common/useDirection';

interface CategoryHeadingProps {
  id: string;
  category: Category;
  lang: string;
  count: number;
}

/** What the heading shows of its category: a change to the category's elements alone leaves it as it is. */
const sameHeading = (before: CategoryHeadingProps, after: CategoryHeadingProps) =>
  before.id === after.id &&
  before.lang === after.lang &&
  before.count === after.count &&
  before.category.name === after.category.name &&
  before.category.hint === after.category.hint &&
  before.category.translatedFrom === after.category.translatedFrom;

/** Memoised: a rename or a move within the list leaves the heading alone. */
export const CategoryHeading = memo(function CategoryHeading({ id, category, lang, count }: CategoryHeadingProps) {
  const { t } = useTranslation();
  const name = textIn(category.name, lang);
  const hint = category.hint && textIn(category.hint, lang);
  const dirOf = useDirection();
  const outdated = [
    outdatedSource({ text: category.name, from: category.translatedFrom?.name }, lang),
    category.hint && outdatedSource({ text: category.hint, from: category.translatedFrom?.hint }, lang),
  ].filter((source): source is string => typeof source === 'string');
  return (
    <header className="category__header">
      <h3 id={id} className="category__name" lang={name.lang} dir={dirOf(name.lang)}>
        {name.text}
      </h3>
      {hint && (
        <span className="category__hint" lang={hint.lang} dir={dirOf(hint.lang)}>
          {hint.text}
        </span>
      )}
      <span className="category__count">{t('category.count', { count })}</span>
      {outdated.length > 0 && (
        <span className="badge badge--outdated" title={t('card.outdatedLong', { source: shorten(outdated.join(' · '), 200) })}>
          {t('card.outdated')}
        </span>
      )}
    </header>
  );
}, sameHeading);
