/**
 * The facilitator's presentation: a full-screen, dialog-like view of the generic or the local profile
 * for a projector. Arrow keys, Page Up/Down and Space (what clickers send, see useSlideKeys) step
 * through an overview and then category by category; Home/End jump; Escape leaves. No editing here.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../domain/text';
import { useProfileStore } from '../../store/profileStore';
import { TranslationWarning } from '../common/TranslationWarning';
import { PresentSlide } from './PresentSlide';
import { usePresentedProfile, type PresentSource } from './presentedProfile';
import {
  clampPosition,
  firstPosition,
  lastPosition,
  nextPosition,
  previousPosition,
  slidesOf,
  type Position,
  type Slide,
} from '../common/stage/slides';
import { useFullscreen } from '../common/stage/useFullscreen';
import { useSlideKeys } from '../common/stage/useSlideKeys';
import { useStageFocus } from '../common/stage/useStageFocus';
import '../common/stage/stage.css';

interface PresentViewProps {
  source: PresentSource;
  onSourceChange: (source: PresentSource) => void;
  onClose: () => void;
}

export function PresentView({ source, onSourceChange, onClose }: PresentViewProps) {
  const { t } = useTranslation();
  const profile = usePresentedProfile(source);
  const lang = useProfileStore((state) => state.contentLanguage);
  const slides = useMemo(() => slidesOf(profile, lang), [profile, lang]);
  const [position, setPosition] = useState<Position>(firstPosition);
  const [reveal, setReveal] = useState(false);
  const at = clampPosition(slides, position);
  const slide = slides[at.slide]!;
  const view = useRef<HTMLDivElement>(null);

  useFullscreen(view, onClose);

  useStageFocus(view);

  useSlideKeys({
    next: () => setPosition(nextPosition(slides, at, reveal)),
    previous: () => setPosition(previousPosition(slides, at, reveal)),
    first: () => setPosition(firstPosition()),
    last: () => setPosition(lastPosition(slides)),
    close: onClose,
  });

  const title = textIn(profile.title, lang);
  const role = profile.role && textIn(profile.role, lang);
  const municipality = source === 'local' ? profile.municipality?.trim() : undefined;
  const atStart = at.slide === 0 && (!reveal || at.shown === 0);
  const atEnd = at.slide === slides.length - 1 && at.shown >= (slide.kind === 'category' ? slide.elements.length : 0);
  const status = statusText(slide, at, slides.length, reveal, lang, t);

  const chooseSource = (next: PresentSource) => {
    if (next === source) return;
    onSourceChange(next);
    setPosition(firstPosition());
  };

  return (
    <div
      ref={view}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label', { title: title.text })}
      aria-describedby="present-help"
      tabIndex={-1}
      data-source={source}
    >
      <header className="present__header">
        {(role || municipality) && (
          <p className="present__role">
            {role && <span lang={role.lang}>{role.text}</span>}
            {role && municipality && <span aria-hidden="true"> · </span>}
            {municipality && <span className="present__municipality">{municipality}</span>}
          </p>
        )}
        <h2 className={`present__title${title.text.length > 70 ? ' present__title--long' : ''}`} lang={title.lang}>
          {title.text}
        </h2>
      </header>

      <PresentSlide
        key={`${source}-${at.slide}`}
        slide={slide}
        categories={profile.categories}
        lang={lang}
        shown={at.shown}
        reveal={reveal}
        layoutKey={`${source}|${lang}|${at.slide}|${slides.length}`}
      />

      <footer className="present__controls">
        <TranslationWarning profile={profile} lang={lang} className="present__warning" />
        <button type="button" className="present__close" onClick={onClose} aria-keyshortcuts="Escape" title={t('present.closeHint')}>
          <span aria-hidden="true">✕ </span>
          {t('present.close')}
        </button>
        <div className="present__nav">
          <button type="button" aria-disabled={atStart || undefined} onClick={() => !atStart && setPosition(previousPosition(slides, at, reveal))}>
            <span aria-hidden="true">‹ </span>
            {t('present.previous')}
          </button>
          <p className="present__progress" role="status" aria-live="polite" aria-atomic="true">
            <span aria-hidden="true">{t('present.progress', { current: at.slide + 1, total: slides.length })}</span>
            <span className="visually-hidden">{status}</span>
          </p>
          <button type="button" aria-disabled={atEnd || undefined} onClick={() => !atEnd && setPosition(nextPosition(slides, at, reveal))}>
            {t('present.next')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
        <div className="present__options">
          <div role="group" aria-label={t('present.choose')} className="present__choice">
            {(['generic', 'local'] as const).map((value) => (
              <button key={value} type="button" aria-pressed={source === value} onClick={() => chooseSource(value)}>
                {t(`present.${value}`)}
              </button>
            ))}
          </div>
          <button
            type="button"
            aria-pressed={reveal}
            onClick={() => {
              setReveal(!reveal);
              setPosition({ slide: at.slide, shown: Number.MAX_SAFE_INTEGER });
            }}
          >
            {t('present.reveal')}
          </button>
        </div>
      </footer>
      <p id="present-help" className="visually-hidden">
        {t('present.help')}
      </p>
    </div>
  );
}

function statusText(
  slide: Slide,
  at: Position,
  total: number,
  reveal: boolean,
  lang: string,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const progress = t('present.progressLong', { current: at.slide + 1, total });
  if (slide.kind === 'overview') return `${progress}: ${t('present.overview')}`;
  if (slide.kind === 'matrix') return `${progress}: ${t('matrix.title')}`;
  const name = textIn(slide.category.name, lang).text;
  const page = slide.pages > 1 ? ` ${t('present.page', { page: slide.page + 1, pages: slide.pages })}` : '';
  const revealed = reveal && at.shown > 0 ? slide.elements[Math.min(at.shown, slide.elements.length) - 1] : undefined;
  return `${progress}: ${name}${page}${revealed ? `. ${textIn(revealed.text, lang).text}` : ''}`;
}
