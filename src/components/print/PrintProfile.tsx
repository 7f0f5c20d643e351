/**
 * The profile as it goes on paper. Always in the page but `hidden` on screen (so neither users nor
 * screen readers meet it twice); src/print.css shows it, and only it, when printing.
 */
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';

export function PrintProfile({ profile, lang }: { profile: Profile; lang: string }) {
  const { t } = useTranslation();
  const title = textIn(profile.title, lang);
  const role = profile.role && textIn(profile.role, lang);
  const municipality = profile.municipality?.trim();
  return (
    <article className="print-profile" hidden data-profile-id={profile.id}>
      <header className="print-profile__header">
        {(role || municipality) && (
          <p className="print-profile__role">
            {role && <span lang={role.lang}>{role.text}</span>}
            {role && municipality && ' · '}
            {municipality}
          </p>
        )}
        <h1 lang={title.lang}>{title.text}</h1>
      </header>
      {profile.categories.map((category) => (
        <PrintCategory key={category.id} category={category} lang={lang} t={t} />
      ))}
      <footer className="print-profile__footer">{t('present.print.madeWith')}</footer>
    </article>
  );
}

/** Memoised: a change to one element renders its own category again, not the whole profile's. */
const PrintCategory = memo(function PrintCategory({ category, lang, t }: { category: Category; lang: string; t: TFunction }) {
  const name = textIn(category.name, lang);
  const hint = category.hint && textIn(category.hint, lang);
  return (
    <section className="print-category">
      <h2 className="print-category__name">
        <span lang={name.lang}>{name.text}</span>
        {hint && (
          <span className="print-category__hint" lang={hint.lang}>
            {' '}
            – {hint.text}
          </span>
        )}
      </h2>
      {category.elements.length === 0 ? (
        <p className="print-category__empty">{t('present.print.empty')}</p>
      ) : (
        <ul className="print-category__list">
          {category.elements.map((element) => {
            const shown = textIn(element.text, lang);
            return (
              <li key={element.id} className="print-element">
                <span lang={shown.lang}>{shown.text}</span>
                {shown.isFallback && <span className="print-element__note"> {t('present.print.untranslated')}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
