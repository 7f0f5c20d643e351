/** Picks one of the shipped generic profiles by its title (shown only when there is a choice). */
import { textIn } from '../../domain/text';
import { genericProfiles } from '../../store/catalog';

interface GenericProfileSelectProps {
  label: string;
  value: string;
  lang: string;
  onChange: (genericId: string) => void;
}

export function GenericProfileSelect({ label, value, lang, onChange }: GenericProfileSelectProps) {
  if (genericProfiles.length < 2) return null;
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {genericProfiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {textIn(profile.title, lang).text}
          </option>
        ))}
      </select>
    </label>
  );
}
