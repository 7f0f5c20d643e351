/**
 * The summary on screen: per category, the generic elements with how many groups kept them (a bar
 * and the number in words, never the bar alone), their other names, marks and notes; then the
 * groups' own elements; then the reflection answers side by side (one column on a phone).
 * Everything the groups wrote is shown as text, isolated for bidi.
 */
import type { CSSProperties } from 'react';
import { labelled, type SummaryDocument, type SummaryItem } from '../../export/summaryDocument';

function Item({ item }: { item: SummaryItem }) {
  return (
    <li className="summary-item">
      <div className="summary-item__head">
        <bdi className="summary-item__text" lang={item.text.lang}>
          {item.text.text}
        </bdi>{' '}
        <span className="summary-item__count">
          <span className="summary-meter" aria-hidden="true">
            <span style={{ width: `${item.of > 0 ? (100 * item.count) / item.of : 0}%` }} />
          </span>
          {item.badge}
        </span>
      </div>
      {item.details.length > 0 && (
        <dl className="summary-item__details">
          {item.details.map((detail, i) => (
            <div key={i} className={`summary-detail summary-detail--${detail.kind}`}>
              <dt>{labelled(detail.label, '').trim()}</dt>{' '}
              <dd>
                <bdi>{detail.text}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

export function SummaryResults({ document: doc, notAnswered }: { document: SummaryDocument; notAnswered: string }) {
  return (
    <div className="summary-results">
      {doc.sections.map((section) => (
        <section
          key={section.id}
          className="summary-section"
          style={{ '--category-color': section.color } as CSSProperties}
          aria-labelledby={`summary-section-${section.id}`}
        >
          <h3 id={`summary-section-${section.id}`} lang={section.heading.lang} className="summary-section__name">
            {section.heading.text}
          </h3>
          {section.lists.map((list) => (
            <div key={list.kind} className="summary-list">
              <h4 id={`summary-${section.id}-${list.kind}`}>{list.heading}</h4>
              {list.items.length === 0 ? (
                <p className="summary__hint">{list.empty}</p>
              ) : (
                <ul aria-labelledby={`summary-section-${section.id} summary-${section.id}-${list.kind}`}>
                  {list.items.map((item) => (
                    <Item key={item.key} item={item} />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
      {doc.questions.length > 0 && (
        <section className="summary-section summary-questions" aria-labelledby="summary-questions">
          <h3 id="summary-questions" className="summary-section__name">
            {doc.questionsHeading}
          </h3>
          {doc.questions.map((question, q) => (
            <article key={question.key} className="summary-question" aria-labelledby={`summary-q-${q}`}>
              <h4 id={`summary-q-${q}`} lang={question.question.lang}>
                {question.question.text}
              </h4>
              <ul className="summary-answers">
                {question.answers.map(({ group, answer }, i) => (
                  <li key={i} className={`summary-answer${answer ? '' : ' summary-answer--none'}`}>
                    <p className="summary-answer__group">
                      <bdi>{group}</bdi>
                    </p>
                    <p className="summary-answer__text">{answer ? <bdi>{answer}</bdi> : notAnswered}</p>
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
