/** Name and colour, chosen before joining: what the others see beside the cards one touches. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_COLORS, type Me } from '../../store/liveStore';
import './liveDialogs.css';

/** The colour's name, for screen readers (the swatch alone says nothing). */
const COLOR_KEYS: Record<string, string> = {
  '#1d5b94': 'live.colors.blue',
  '#8a4500': 'live.colors.brown',
  '#2f6b3a': 'live.colors.green',
  '#7b2d8e': 'live.colors.purple',
  '#a3174f': 'live.colors.red',
  '#0f6b6b': 'live.colors.teal',
  '#5b4a00': 'live.colors.olive',
  '#3f3f9e': 'live.colors.indigo',
};

export function MemberFields({ me, onChange, error }: { me: Me; onChange: (me: Me) => void; error: boolean }) {
  const { t } = useTranslation();
  const nameId = useId();
  const errorId = useId();
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          {t('live.name')}
        </label>
        <input
          id={nameId}
          type="text"
          value={me.name}
          maxLength={40}
          autoComplete="nickname"
          aria-invalid={error}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange({ ...me, name: event.target.value })}
        />
        {error && (
          <p id={errorId} className="field__error">
            {t('live.nameMissing')}
          </p>
        )}
      </div>
      <fieldset className="field">
        <legend className="field__label">{t('live.color')}</legend>
        <div className="color-choice">
          {MEMBER_COLORS.map((color) => (
            <label key={color} className="color-choice__option" style={{ ['--member-color' as string]: color }}>
              <input type="radio" name="member-color" value={color} checked={me.color === color} onChange={() => onChange({ ...me, color })} />
              <span className="visually-hidden">{t(COLOR_KEYS[color]!)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
