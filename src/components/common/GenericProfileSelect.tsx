/**
 * Picks one of the shipped generic profiles by its title (shown only when there is a choice). All but
 * the default one load on demand (store/catalog.ts): the choice is passed on once the chosen one is here.
 */
import { useId } from 'react';
import { textIn } from '../../domain/text';
import { genericProfileChoices, loadGenericProfiles, useGenericCatalog } from '../../store/catalog';

interface GenericProfileSelectProps {
  label: string;
  value: string;
  lang: string;
  onChange: (genericId: string) => void;
}

export function GenericProfileSelect({ label, value, lang, onChange }: GenericProfileSelectProps) {
  const id = useId();
  if (genericProfileChoices.length < 2) return null;
  // A separate label (not wrapping the select): Chromium otherwise puts the option texts in its name.
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = event.target.value;
          if (useGenericCatalog.getState().complete) return onChange(chosen);
          // A profile that cannot be fetched (offline before the service worker had it) is not chosen.
          loadGenericProfiles().then(
            () => onChange(chosen),
            (error: unknown) => console.warn('The generic profile could not be loaded', error),
          );
        }}
      >
        {genericProfileChoices.map((profile) => (
          <option key={profile.id} value={profile.id} lang={textIn(profile.title, lang).lang}>
            {textIn(profile.title, lang).text}
          </option>
        ))}
      </select>
    </div>
  );
}
