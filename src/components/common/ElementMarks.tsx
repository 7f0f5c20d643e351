/**
 * An element's Bør / Gør marks and note as the card shows them: small labels with an icon and words,
 * never colour alone, and the note in a quiet line under the text. Nothing at all while undecided.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Marks } from '../../domain/marks';

interface ElementMarksProps {
  marks?: Marks;
  note?: string;
}

const ICONS = { does: { yes: '✓', no: '✗' }, should: { yes: '▲', no: '▬' } } as const;

export const ElementMarks = memo(function ElementMarks({ marks, note }: ElementMarksProps) {
  const { t } = useTranslation();
  if (!marks?.does && !marks?.should && !note) return null;
  return (
    <div className="element-marks">
      {(marks?.does || marks?.should) && (
        <span className="element-marks__chips">
          {(['does', 'should'] as const).map((axis) => {
            const value = marks?.[axis];
            if (!value) return null;
            return (
              <span key={axis} className={`mark mark--${axis} mark--${axis}-${value}`} data-mark={`${axis}:${value}`}>
                <span aria-hidden="true">{ICONS[axis][value]} </span>
                {t(`marks.${axis}.${value}`)}
              </span>
            );
          })}
        </span>
      )}
      {note && (
        <p className="element-marks__note">
          <span aria-hidden="true">✎ </span>
          <span className="visually-hidden">{t('marks.note')}: </span>
          {note}
        </p>
      )}
    </div>
  );
});
