/**
 * The export poster: a calm, print-like view of the local profile made only for the PNG export
 * (never the live board, with its buttons, focus rings and scroll areas). Categories stand side by
 * side like on the board, on white, in Inter. Rendered off-screen only while a PNG is made.
 */
import type { Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { marksLine, shownQuestions, type WorkshopLabels } from '../../export/workshopText';
import { markedText, type ExportMarks } from '../../export/originMarks';
// The poster's own faces (the same files png.ts inlines), so its layout does not depend on the page.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-700.css';
import './exportPoster.css';

export interface PosterLabels {
  /** The export date, already formatted in the labels' language. */
  date: string;
  footer: string;
  empty: string;
  /** "side 2 af 3", for a poster in pages. */
  page?: string;
  /** The workshop's words: marks and notes under elements, reflection questions at the end. */
  workshop?: WorkshopLabels;
}

/** CSS width of the poster; at pixel ratio 2 the PNG is 2560 px wide, sharp on a projector. */
export const POSTER_WIDTH = 1280;

interface ExportPosterProps {
  profile: Profile;
  /** Content language; each text falls back to Danish. */
  lang: string;
  labels: PosterLabels;
  /** Optional signs for adapted and own elements; their legend goes above the footer. */
  marks?: ExportMarks;
}

export function ExportPoster({ profile, lang, labels, marks }: ExportPosterProps) {
  const role = profile.role ? textIn(profile.role, lang).text : '';
  const meta = [profile.municipality?.trim(), labels.date, labels.page].filter(Boolean).join(' · ');
  const workshop = labels.workshop;
  const questions = workshop ? shownQuestions(profile, lang) : [];
  return (
    <article className="poster" lang={lang} style={{ width: POSTER_WIDTH }}>
      <header className="poster__header">
        {role && <p className="poster__role">{role}</p>}
        <h1 className="poster__title">{textIn(profile.title, lang).text}</h1>
        <p className="poster__meta">{meta}</p>
      </header>
      <div className="poster__categories" style={{ gridTemplateColumns: `repeat(${Math.min(profile.categories.length, 4)}, minmax(0, 1fr))` }}>
        {profile.categories.map((category) => (
          <section key={category.id} className="poster__category" style={{ borderTopColor: category.color }}>
            <h2 className="poster__category-name">{textIn(category.name, lang).text}</h2>
            {category.hint && <p className="poster__hint">{textIn(category.hint, lang).text}</p>}
            {category.elements.length === 0 ? (
              <p className="poster__empty">{labels.empty}</p>
            ) : (
              <ol className="poster__elements">
                {category.elements.map((element) => (
                  <li key={element.id} className="poster__element" style={{ borderLeftColor: category.color }}>
                    {markedText(textIn(element.text, lang).text, element.id, marks)}
                    {workshop && element.marks && <span className="poster__marks">{marksLine(element.marks, workshop)}</span>}
                    {workshop && element.note && (
                      <span className="poster__note">
                        {workshop.note}: {element.note}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
      {workshop && questions.length > 0 && (
        <section className="poster__questions">
          <h2 className="poster__category-name">{workshop.questions}</h2>
          <ol className="poster__question-list">
            {questions.map((question) => (
              <li key={question.number} className="poster__question">
                <p className="poster__question-text" lang={question.lang}>
                  {question.number}. {question.text}
                </p>
                <p className={question.answer ? 'poster__answer' : 'poster__answer poster__answer--none'}>{question.answer || workshop.notAnswered}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {marks && <p className="poster__legend">{marks.legend}</p>}
      <footer className="poster__footer">{labels.footer}</footer>
    </article>
  );
}
