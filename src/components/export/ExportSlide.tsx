/**
 * One slide of the slides export, at a fixed 1920 × 1080: the overview (title, role, municipality,
 * date and the categories), a category page as a band in its colour above its elements (with the
 * group's marks and notes), the Bør / Gør matrix, or answered reflection questions. Made only to be
 * drawn; like the poster it never appears on screen. Text sizes are for the back of the room.
 */
import type { CSSProperties } from 'react';
import { elementsByQuadrant, QUADRANTS } from '../../domain/marks';
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { elementFontSize, SLIDE, type DeckSlide } from '../../export/slideDeck';
import { marksLine, type WorkshopLabels } from '../../export/workshopText';
import { shadeForWhiteText } from '../common/contrast';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-700.css';
import './exportSlides.css';

export interface SlideLabels {
  date: string;
  footer: string;
  empty: string;
  emptyQuadrant: string;
  /** "(2 af 3)" for a category spread over several slides. */
  page: (page: number, pages: number) => string;
  /** "8 elementer" on an overview too full to list every element. */
  count: (count: number) => string;
  /** "… og 3 flere" under a full quadrant of the matrix. */
  more: (count: number) => string;
  workshop: WorkshopLabels;
}

interface ExportSlideProps {
  slide: DeckSlide;
  profile: Profile;
  lang: string;
  labels: SlideLabels;
  number: number;
  total: number;
}

/** The overview lists every element only while that stays readable. */
const OVERVIEW_MAX_ELEMENTS = 24;
const OVERVIEW_MAX_TEXT = 1500;
const QUADRANT_MAX_SHOWN = 7;

export function ExportSlide({ slide, profile, lang, labels, number, total }: ExportSlideProps) {
  const title = textIn(profile.title, lang).text;
  return (
    <article className={`slide slide--${slide.kind}`} lang={lang} style={{ width: SLIDE.width, height: SLIDE.height }}>
      {slide.kind === 'overview' ? <Overview profile={profile} lang={lang} labels={labels} /> : <p className="slide__running-title">{title}</p>}
      {slide.kind === 'category' && <CategoryPage slide={slide} lang={lang} labels={labels} />}
      {slide.kind === 'matrix' && <Matrix profile={profile} lang={lang} labels={labels} />}
      {slide.kind === 'questions' && (
        <>
          <h2 className="slide__heading">
            {labels.workshop.questions}
            {slide.pages > 1 && <span className="slide__page"> {labels.page(slide.page + 1, slide.pages)}</span>}
          </h2>
          <ol className="slide__questions">
            {slide.questions.map((question) => (
              <li key={question.number}>
                <p className="slide__question" lang={question.lang}>
                  {question.number}. {question.text}
                </p>
                <p className="slide__answer">{question.answer}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      <footer className="slide__footer">
        <span>{labels.footer}</span>
        <span>
          {number} / {total}
        </span>
      </footer>
    </article>
  );
}

function Overview({ profile, lang, labels }: { profile: Profile; lang: string; labels: SlideLabels }) {
  const role = profile.role ? textIn(profile.role, lang).text : '';
  const meta = [role, profile.municipality?.trim(), labels.date].filter(Boolean).join(' · ');
  const elements = profile.categories.flatMap((category) => category.elements);
  const full = elements.length <= OVERVIEW_MAX_ELEMENTS && elements.reduce((sum, e) => sum + textIn(e.text, lang).text.length, 0) <= OVERVIEW_MAX_TEXT;
  return (
    <>
      <header className="slide__header">
        <h1 className="slide__title">{textIn(profile.title, lang).text}</h1>
        <p className="slide__meta">{meta}</p>
      </header>
      <div className="slide__columns" style={{ gridTemplateColumns: `repeat(${Math.min(profile.categories.length, 4)}, minmax(0, 1fr))` }}>
        {profile.categories.map((category) => (
          <section key={category.id} className="slide__column" style={{ borderTopColor: category.color }}>
            <h2 className="slide__column-name">{textIn(category.name, lang).text}</h2>
            {category.hint && <p className="slide__hint">{textIn(category.hint, lang).text}</p>}
            {category.elements.length === 0 ? (
              <p className="slide__muted">{labels.empty}</p>
            ) : full ? (
              <ul className="slide__overview-list">
                {category.elements.map((element) => (
                  <li key={element.id}>{textIn(element.text, lang).text}</li>
                ))}
              </ul>
            ) : (
              <p className="slide__count">{labels.count(category.elements.length)}</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

function CategoryPage({ slide, lang, labels }: { slide: Extract<DeckSlide, { kind: 'category' }>; lang: string; labels: SlideLabels }) {
  const { category, elements, page, pages } = slide;
  const columns = elements.length > 4 ? 2 : 1;
  return (
    <>
      <div className="slide__band" style={{ background: shadeForWhiteText(category.color) }}>
        <h2 className="slide__band-name">{textIn(category.name, lang).text}</h2>
        {category.hint && <span className="slide__band-hint">{textIn(category.hint, lang).text}</span>}
        {pages > 1 && <span className="slide__band-page">{labels.page(page + 1, pages)}</span>}
      </div>
      {elements.length === 0 ? (
        <p className="slide__muted slide__empty">{labels.empty}</p>
      ) : (
        <ol className="slide__elements" style={{ '--columns': columns, fontSize: elementFontSize(slide) } as CSSProperties}>
          {elements.map((element) => {
            const marks = marksLine(element.marks, labels.workshop);
            return (
              <li key={element.id} className="slide__element" style={{ borderLeftColor: category.color }}>
                <span>{textIn(element.text, lang).text}</span>
                {marks && <span className="slide__marks">{marks}</span>}
                {element.note && (
                  <span className="slide__note">
                    {labels.workshop.note}: {element.note}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

function Matrix({ profile, lang, labels }: { profile: Profile; lang: string; labels: SlideLabels }) {
  const placed = elementsByQuadrant(profile);
  return (
    <>
      <h2 className="slide__heading">{labels.workshop.matrix}</h2>
      <div className="slide__matrix">
        {QUADRANTS.map((quadrant) => {
          const items = placed[quadrant];
          return (
            <section key={quadrant} className={`slide__quadrant slide__quadrant--${quadrant}`}>
              <h3>{labels.workshop.quadrants[quadrant]}</h3>
              {items.length === 0 && <p className="slide__muted">{labels.emptyQuadrant}</p>}
              <ul>
                {items.slice(0, QUADRANT_MAX_SHOWN).map(({ element, category }) => (
                  <li key={element.id} style={{ borderLeftColor: category.color }}>
                    {textIn(element.text, lang).text}
                  </li>
                ))}
              </ul>
              {items.length > QUADRANT_MAX_SHOWN && <p className="slide__muted">{labels.more(items.length - QUADRANT_MAX_SHOWN)}</p>}
            </section>
          );
        })}
      </div>
      {placed.undecided.length > 0 && (
        <p className="slide__muted slide__undecided">
          {labels.workshop.quadrants.undecided}: {labels.count(placed.undecided.length)}
        </p>
      )}
    </>
  );
}
