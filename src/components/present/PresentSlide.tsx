/**
 * One slide of the presentation: the overview of all categories, or one category (page) as a band in
 * its colour above its elements. The content is sized to the stage by useFitToStage.
 */
import { useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, ProfileElement } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { shadeForWhiteText, tintForInk } from '../common/contrast';
import type { Slide } from '../common/stage/slides';
import { PresentMatrix } from '../common/PresentMatrix';
import { useFitToStage } from '../common/stage/useFitToStage';

interface PresentSlideProps {
  slide: Slide;
  categories: Category[];
  lang: string;
  /** Elements shown on a category slide; the rest keep their place, invisible. */
  shown: number;
  reveal: boolean;
  /** Changes whenever the slide's content changes (profile, language, slide). */
  layoutKey: string;
}

function categoryStyle(category: Category): CSSProperties {
  return {
    '--band': shadeForWhiteText(category.color),
    '--tint': tintForInk(category.color),
    '--accent': category.color,
  } as CSSProperties;
}

function CategoryName({ category, lang, id, extra }: { category: Category; lang: string; id: string; extra?: string }) {
  const name = textIn(category.name, lang);
  const hint = category.hint && textIn(category.hint, lang);
  return (
    <div className="present-band" data-fit-box="">
      <h3 id={id} className="present-band__name" lang={name.lang}>
        {name.text}
      </h3>
      {hint && (
        <span className="present-band__hint" lang={hint.lang}>
          {hint.text}
        </span>
      )}
      {extra && <span className="present-band__extra">{extra}</span>}
    </div>
  );
}

function ElementItem({ element, lang, hidden }: { element: ProfileElement; lang: string; hidden?: boolean }) {
  const { t } = useTranslation();
  const shown = textIn(element.text, lang);
  return (
    <li className={`present-item${hidden ? ' present-item--hidden' : ''}`} aria-hidden={hidden || undefined} data-element-id={element.id} data-fit-box="">
      <span className="present-item__text" lang={shown.lang}>
        {shown.text}
      </span>
      {shown.isFallback && <span className="present-item__badge">{t('card.untranslated')}</span>}
    </li>
  );
}

function columnChoices(slide: Slide, categories: Category[]): number[] {
  if (slide.kind === 'overview') return [Math.min(categories.length, 4)];
  if (slide.kind === 'matrix') return [1];
  const count = slide.elements.length;
  return [1, 2, 3].filter((cols) => cols === 1 || cols <= Math.ceil(count / 2));
}

export function PresentSlide({ slide, categories, lang, shown, reveal, layoutKey }: PresentSlideProps) {
  const { t } = useTranslation();
  const stage = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useFitToStage(stage, content, columnChoices(slide, categories), `${layoutKey}|${reveal}`);

  if (slide.kind === 'overview') {
    return (
      <div className="present__slide">
        <div ref={stage} className="present__stage" data-testid="present-stage">
          <div ref={content} className={`present__content present-overview${slide.full ? '' : ' present-overview--compact'}`} data-balance={slide.full && categories.length <= 4 ? '' : undefined}>
            {categories.map((category, index) => (
              <section key={category.id} className="present-overview__column" style={categoryStyle(category)} aria-labelledby={`present-overview-${index}`}>
                <CategoryName category={category} lang={lang} id={`present-overview-${index}`} />
                {slide.full ? (
                  <ul className="present-list" aria-labelledby={`present-overview-${index}`}>
                    {category.elements.map((element) => (
                      <ElementItem key={element.id} element={element} lang={lang} />
                    ))}
                  </ul>
                ) : (
                  <p className="present-overview__count">{t('present.count', { count: category.elements.length })}</p>
                )}
              </section>
            ))}
          </div>
        </div>
      </div>
    );
  }

  if (slide.kind === 'matrix') {
    return (
      <div className="present__slide">
        <div className="present-band" data-fit-box="">
          <h3 className="present-band__name">{t('matrix.title')}</h3>
        </div>
        <div ref={stage} className="present__stage" data-testid="present-stage">
          <PresentMatrix ref={content} categories={categories} lang={lang} />
        </div>
      </div>
    );
  }

  const { category, elements, page, pages } = slide;
  const headingId = `present-category-${category.id}`;
  return (
    <div className="present__slide" style={categoryStyle(category)}>
      <CategoryName category={category} lang={lang} id={headingId} extra={pages > 1 ? t('present.page', { page: page + 1, pages }) : undefined} />
      <div ref={stage} className="present__stage" data-testid="present-stage">
        <div ref={content} className="present__content">
          {elements.length === 0 ? (
            <p className="present__empty">{t('present.empty')}</p>
          ) : (
            <ul className="present-list" aria-labelledby={headingId}>
              {elements.map((element, index) => (
                <ElementItem key={element.id} element={element} lang={lang} hidden={reveal && index >= shown} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
