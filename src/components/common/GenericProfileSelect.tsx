/** Picks one of the shipped generic profiles by its title (shown only when there is a choice). */
import { useId } from 'react';
import { textIn } from '../../domain/text';
import { genericProfiles } from '../../store/catalog';

interface GenericProfileSelectProps {
  label: string;
  value: string;
  lang: string;
  onChange: (genericId: string) => void;
}

export function GenericProfileSelect({ label, value, lang, onChange }: GenericProfileSelectProps) {
  const id = useId();
  if (genericProfiles.length < 2) return null;
  // A separate label (not wrapping the select): Chromium otherwise puts the option texts in its name.
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {genericProfiles.map((profile) => (
          <option key={profile.id} value={profile.id} lang={textIn(profile.title, lang).lang}>
            {textIn(profile.title, lang).text}
          </option>
        ))}
      </select>
    </div>
  );
}
