/** A link shown in full (to read out or check) with a button that copies it. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './liveDialogs.css';

export function CopyLink({ label, link }: { label: string; link: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-link">
        <input id={id} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('live.copy')}
        </button>
      </div>
      <p className="copy-link__status" role="status">
        {copied ? t('live.copied') : ''}
      </p>
    </div>
  );
}
