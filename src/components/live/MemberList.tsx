/** Who is in the session, each with their colour; this member first, marked "(dig)". */
import { useTranslation } from 'react-i18next';
import { useLiveStore } from '../../store/liveStore';
import './liveDialogs.css';

export function MemberList() {
  const { t } = useTranslation();
  const members = useLiveStore((state) => state.members);
  return (
    <section className="member-list" aria-labelledby="member-list-title">
      <h3 id="member-list-title">
        {t('live.membersLabel')} · {t('live.members', { count: members.length })}
      </h3>
      <ul>
        {members.map((member) => (
          <li key={member.clientId}>
            <span className="member-dot" style={{ background: member.color }} aria-hidden="true" />
            <bdi>{member.self ? t('live.you', { name: member.name }) : member.name}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
