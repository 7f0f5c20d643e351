/**
 * The Bør / Gør matrix as a presentation slide: the four quadrants with their elements, read-only,
 * sized to the stage like every slide (the elements are fit boxes). The elements not decided yet
 * are counted under it, not listed: the room looks at what the groups decided.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { elementsByQuadrant, QUADRANTS } from '../../domain/marks';
import type { Category } from '../../domain/profile';
import { textIn } from '../../domain/text';

export const PresentMatrix = forwardRef<HTMLDivElement, { categories: Category[]; lang: string }>(function PresentMatrix({ categories, lang }, ref) {
  const { t } = useTranslation();
  const placed = elementsByQuadrant({ categories });
  return (
    <div ref={ref} className="present__content present-matrix">
      <div className="present-matrix__grid">
        {QUADRANTS.map((quadrant) => (
          <section key={quadrant} className="present-matrix__quadrant" aria-labelledby={`present-matrix-${quadrant}`}>
            <h3 id={`present-matrix-${quadrant}`} className="present-matrix__name" data-fit-box="">
              {t(`matrix.quadrants.${quadrant}`)}
            </h3>
            {placed[quadrant].length === 0 ? (
              <p className="present__empty">{t('matrix.empty')}</p>
            ) : (
              <ul className="present-list" aria-labelledby={`present-matrix-${quadrant}`}>
                {placed[quadrant].map(({ element, category }) => {
                  const shown = textIn(element.text, lang);
                  return (
                    <li key={element.id} className="present-item" style={{ borderLeftColor: category.color }} data-fit-box="">
                      <span className="present-item__text" lang={shown.lang}>
                        {shown.text}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
      {placed.undecided.length > 0 && (
        <p className="present-matrix__undecided">
          {t('matrix.quadrants.undecided')}: {t('present.count', { count: placed.undecided.length })}
        </p>
      )}
    </div>
  );
});
