/**
 * "Om profilen": the button beside the generic profile that opens the profile's own account of itself
 * (AboutDialog.tsx, loaded when first opened).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../domain/profile';
import { lazyNamed, OnDemandWhenOpened } from '../common/onDemand';
import './about.css';

const AboutDialog = lazyNamed(() => import('./AboutDialog').then((module) => module.AboutDialog));

/** The button that opens the panel, and the panel. */
export function AboutProfileButton({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="about-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('about.open')}
      </button>
      <OnDemandWhenOpened open={open}>
        <AboutDialog profile={profile} open={open} onClose={() => setOpen(false)} />
      </OnDemandWhenOpened>
    </>
  );
}
