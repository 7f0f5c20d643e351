/**
 * The summary on the projector: the presentation's rules and parts (common/stage: stage.css, the fitting that
 * keeps text large and never cut, the clicker keys, full screen, colours at 7:1), with the
 * summary's slides: the groups, each category's elements with their counts, the answers.
 */
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { labelled, type SummaryDocument } from '../../export/summaryDocument';
import { shadeForWhiteText, tintForInk } from '../common/contrast';
import { useFitToStage } from '../common/stage/useFitToStage';
import { useFullscreen } from '../common/stage/useFullscreen';
import { useSlideKeys } from '../common/stage/useSlideKeys';
import { useStageFocus } from '../common/stage/useStageFocus';
import { summarySlides, type SummarySlide } from './summarySlides';
import '../common/stage/stage.css';

const NEUTRAL = '#1d3557';

function colours(color: string): CSSProperties {
  return { '--band': shadeForWhiteText(color), '--tint': tintForInk(color), '--accent': color } as CSSProperties;
}

interface SlideContentProps {
  slide: SummarySlide;
  layoutKey: string;
  pageLabel: string | undefined;
  notAnswered: string;
}

function SlideContent({ slide, layoutKey, pageLabel, notAnswered }: SlideContentProps) {
  const stage = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const count = slide.kind === 'groups' ? slide.groups.length : slide.kind === 'list' ? slide.items.length : slide.answers.length;
  useFitToStage(stage, content, [1, 2, 3].filter((cols) => cols === 1 || cols <= Math.ceil(count / 2)), layoutKey);

  const band =
    slide.kind === 'list' ? (
      <div className="present-band" data-fit-box="">
        <h3 className="present-band__name" lang={slide.heading.lang}>
          {slide.heading.text}
        </h3>
        <span className="present-band__hint">{slide.sub}</span>
        {pageLabel && <span className="present-band__extra">{pageLabel}</span>}
      </div>
    ) : slide.kind === 'question' ? (
      <div className={`present-band${slide.question.text.length > 90 ? ' summary-band--long' : ''}`} data-fit-box="">
        <h3 className="present-band__name" lang={slide.question.lang}>
          {slide.question.text}
        </h3>
        {pageLabel && <span className="present-band__extra">{pageLabel}</span>}
      </div>
    ) : null;

  return (
    <div className="present__slide" style={colours(slide.kind === 'list' ? slide.color : NEUTRAL)}>
      {band}
      <div ref={stage} className="present__stage" data-testid="present-stage">
        <div ref={content} className="present__content">
          <ul className="present-list">
            {slide.kind === 'groups' &&
              slide.groups.map((group, i) => (
                <li key={i} className="present-item" data-fit-box="">
                  <bdi className="present-item__text">{group}</bdi>
                </li>
              ))}
            {slide.kind === 'list' &&
              slide.items.map((item) => (
                <li key={item.key} className="present-item summary-slide-item" data-fit-box="">
                  <span className="present-item__text" lang={item.text.lang}>
                    {item.text.text}
                  </span>
                  <span className="summary-slide-item__count">{item.badge}</span>
                  {item.details.map((detail, i) => (
                    <span key={i} className="summary-slide-item__detail">
                      {labelled(detail.label, '')}
                      <bdi>{detail.text}</bdi>
                    </span>
                  ))}
                </li>
              ))}
            {slide.kind === 'question' &&
              slide.answers.map(({ group, answer }, i) => (
                <li key={i} className="present-item summary-slide-item" data-fit-box="">
                  <bdi className="summary-slide-item__group">{group}</bdi>
                  <span className={`present-item__text${answer ? '' : ' summary-slide-item__none'}`}>{answer ? <bdi>{answer}</bdi> : notAnswered}</span>
                </li>
              ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

interface SummaryPresentViewProps {
  document: SummaryDocument;
  /** "Opsummering af 3 grupper" */
  title: string;
  onClose: () => void;
}

export function SummaryPresentView({ document: doc, title, onClose }: SummaryPresentViewProps) {
  const { t } = useTranslation();
  const notAnswered = t('summary.notAnswered');
  const slides = useMemo(() => summarySlides(doc, notAnswered), [doc, notAnswered]);
  const [position, setPosition] = useState(0);
  const at = Math.min(position, slides.length - 1);
  const slide = slides[at]!;
  const view = useRef<HTMLDivElement>(null);
  const go = (next: number) => setPosition(Math.max(0, Math.min(slides.length - 1, next)));

  useFullscreen(view, onClose);
  useStageFocus(view);
  useSlideKeys({ next: () => go(at + 1), previous: () => go(at - 1), first: () => go(0), last: () => go(slides.length - 1), close: onClose });

  const pageLabel = slide.kind !== 'groups' && slide.pages > 1 ? t('present.page', { page: slide.page + 1, pages: slide.pages }) : undefined;
  const where = slide.kind === 'groups' ? t('summary.slideGroups') : slide.kind === 'list' ? `${slide.heading.text}: ${slide.sub}` : slide.question.text;

  return (
    <div
      ref={view}
      className="present summary-present"
      role="dialog"
      aria-modal="true"
      aria-label={title}
      aria-describedby="summary-present-help"
      tabIndex={-1}
    >
      <header className="present__header">
        <p className="present__role">{slide.kind === 'groups' ? t('summary.pdfOverline') : title}</p>
        <h2 className="present__title">{slide.kind === 'groups' ? title : slide.kind === 'list' ? t('summary.slideListTitle') : t('summary.questions')}</h2>
      </header>
      <SlideContent key={at} slide={slide} layoutKey={`${at}|${slides.length}`} pageLabel={pageLabel} notAnswered={notAnswered} />
      <footer className="present__controls">
        <button type="button" className="present__close" onClick={onClose} aria-keyshortcuts="Escape" title={t('present.closeHint')}>
          <span aria-hidden="true">✕ </span>
          {t('present.close')}
        </button>
        <div className="present__nav">
          <button type="button" aria-disabled={at === 0 || undefined} onClick={() => go(at - 1)}>
            <span aria-hidden="true">‹ </span>
            {t('present.previous')}
          </button>
          <p className="present__progress" role="status" aria-live="polite" aria-atomic="true">
            <span aria-hidden="true">{t('present.progress', { current: at + 1, total: slides.length })}</span>
            <span className="visually-hidden">
              {t('present.progressLong', { current: at + 1, total: slides.length })}: {where}
              {pageLabel ? ` ${pageLabel}` : ''}
            </span>
          </p>
          <button type="button" aria-disabled={at === slides.length - 1 || undefined} onClick={() => go(at + 1)}>
            {t('present.next')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
      </footer>
      <p id="summary-present-help" className="visually-hidden">
        {t('present.help')}
      </p>
    </div>
  );
}
