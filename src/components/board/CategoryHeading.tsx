/** A category's name, its short gloss ("jeg ved") and how many elements it holds. */
import { useTranslation } from 'react-i18next';
import type { Category } from '../../domain/profile';
import { textIn } from '../../domain/text';

export function CategoryHeading({ id, category, lang, count }: { id: string; category: Category; lang: string; count: number }) {
  const { t } = useTranslation();
  const name = textIn(category.name, lang);
  const hint = category.hint && textIn(category.hint, lang);
  return (
    <header className="category__header">
      <h3 id={id} className="category__name" lang={name.lang}>
        {name.text}
      </h3>
      {hint && (
        <span className="category__hint" lang={hint.lang}>
          {hint.text}
        </span>
      )}
      <span className="category__count">{t('category.count', { count })}</span>
    </header>
  );
}
