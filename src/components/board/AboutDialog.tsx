/**
 * "Om profilen" itself, loaded when first opened (issue 8's first-load budget): the chosen generic
 * profile's own account of itself — what it is for, what it is, who made it and where to see it in
 * practice — from the profile file, in the interface language (Danish where the file has no
 * translation), and how the app treats the group's work. It arrives with the whole generic profiles
 * (components/common/onDemand.tsx): the first load's default profile lacks these texts.
 */
import { useTranslation } from 'react-i18next';
import type { LocalizedText, Profile } from '../../domain/profile';
import { textIn } from '../../domain/text';
import { Modal } from '../common/Modal';
import { useDirection } from '../common/useDirection';

/** The dialog; its opener stays in the first load (AboutProfile.tsx). */
export function AboutDialog({ profile, open, onClose }: { profile: Profile; open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} labelledBy="about-title" className="about">
      <AboutContent profile={profile} onClose={onClose} />
    </Modal>
  );
}

function Section({ heading, text, lang }: { heading: string; text: LocalizedText | undefined; lang: string }) {
  const dirOf = useDirection();
  if (!text) return null;
  const shown = textIn(text, lang);
  return (
    <section className="about__section">
      <h3>{heading}</h3>
      <p lang={shown.lang} dir={dirOf(shown.lang)}>
        {shown.text}
      </p>
    </section>
  );
}

function AboutContent({ profile, onClose }: { profile: Profile; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = textIn(profile.title, lang);
  const role = profile.role && textIn(profile.role, lang);
  return (
    <div className="about__content">
      <header className="about__header">
        <h2 id="about-title">
          {t('about.title')}
          {': '}
          <span lang={title.lang}>{title.text}</span>
        </h2>
        {/* First in the dialog, so the browser's initial focus leaves the text scrolled to its start. */}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      {role && (
        <p className="about__role">
          {t('about.role')} <span lang={role.lang}>{role.text}</span>
        </p>
      )}
      <Section heading={t('about.purpose')} text={profile.purpose} lang={lang} />
      <Section heading={t('about.description')} text={profile.description} lang={lang} />
      <Section heading={t('about.credits')} text={profile.credits} lang={lang} />
      <Section heading={t('about.practice')} text={profile.practiceExamples} lang={lang} />
      <section className="about__section">
        <h3>{t('about.yourWork')}</h3>
        <p>{t('about.privacy')}</p>
      </section>
    </div>
  );
}
