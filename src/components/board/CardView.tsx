/**
 * How an element looks, wherever it is: drag handle, text (with its language), badges, menu.
 * The list item's accessible name is the element's text; the handle carries dnd-kit's attributes
 * (on the <li> they would turn the item into a button).
 */
import { memo, useId, useRef, type CSSProperties, type HTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { shorten, type ShownText } from '../../domain/text';
import type { Activity, ActivityKind } from '../../store/liveStore';
import { useFocusRequest } from '../common/focusRequest';
import { useDirection } from '../common/useDirection';
import type { Marks } from '../../domain/marks';
import { ElementMarks } from '../common/ElementMarks';
import { CardMenu, type MenuItem } from '../common/CardMenu';
import { TextEditor } from '../common/TextEditor';

export interface CardViewProps {
  id: string;
  shown: ShownText;
  variant: 'generic' | 'local';
  inUse?: boolean;
  /** Local elements: copied unchanged, adapted from the generic profile, or the group's own. */
  origin?: 'generic' | 'adapted' | 'own';
  /** The Danish text the shown translation was made from, when that has changed since (out of date). */
  outdatedFrom?: string;
  /** The generic original, shown under the text on demand. */
  original?: ShownText;
  /** Builds the menu when it opens (a stable function keeps the memoised card from re-rendering). */
  getMenuItems: () => MenuItem[];
  editing?: boolean;
  /** The language the open editor saves to (the shown text may be a Danish fallback). */
  editLang?: string;
  onStartEditing?: () => void;
  onRename?: (text: string) => void;
  onStopEditing?: () => void;
  /** Enter/F2/Delete on the handle, before dnd-kit sees the key. Return true when handled. */
  onHandleKey?: (event: KeyboardEvent<HTMLButtonElement>) => boolean;
  itemRef?: Ref<HTMLLIElement>;
  handleRef?: (node: HTMLButtonElement | null) => void;
  handleProps?: HTMLAttributes<HTMLButtonElement>;
  /** Pointer and touch handlers that let the card's body start a drag (see dnd/sensors.ts). */
  bodyProps?: Pick<HTMLAttributes<HTMLLIElement>, 'onPointerDown' | 'onTouchStart'>;
  style?: CSSProperties;
  isDragging?: boolean;
  /** The workshop's Bør / Gør marks and note (local cards). */
  marks?: Marks;
  note?: string;
  /** Hidden by the marks filter; kept in the list so drag positions stay right. */
  filteredOut?: boolean;
  /** Another member (live work) dragging or renaming this card. */
  presence?: Activity;
  /** Generic cards: add to the local profile in one tap (shown on phones, where dragging across is out of reach). */
  quickAdd?: { label: string; onAdd: () => void };
}

const ACTIVITY_KEYS: Record<ActivityKind, string> = { dragging: 'live.activity.dragging', renaming: 'live.activity.renaming' };

export const CardView = memo(function CardView(props: CardViewProps) {
  const { t } = useTranslation();
  const { id, shown, variant, inUse, origin, outdatedFrom, original, getMenuItems, editing, handleProps, isDragging, presence } = props;
  const hasBadges = inUse || shown.isFallback || outdatedFrom !== undefined || origin === 'adapted' || origin === 'own';
  const badgesId = useId();
  const handle = useRef<HTMLButtonElement | null>(null);
  const menuButton = useRef<HTMLButtonElement | null>(null);
  useFocusRequest(id, handle, menuButton);
  const short = shorten(shown.text);
  const dirOf = useDirection();
  const dir = dirOf(shown.lang);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (props.onHandleKey?.(event)) {
      event.preventDefault();
      return;
    }
    handleProps?.onKeyDown?.(event);
  };

  return (
    <li
      ref={props.itemRef}
      {...props.bodyProps}
      style={presence ? { ...props.style, ['--member-color' as string]: presence.color } : props.style}
      aria-label={shown.text}
      // The badges (not translated, out of date, adapted, own) are said after the name.
      aria-describedby={hasBadges && !editing ? badgesId : undefined}
      className={`card card--${variant}${inUse ? ' card--in-use' : ''}${isDragging ? ' card--dragging' : ''}${props.filteredOut ? ' card--filtered-out' : ''}${presence ? ' card--busy' : ''}`}
      data-element-id={id}
      hidden={props.filteredOut}
    >
      {presence && (
        <span className="card__presence">
          <bdi>{t(ACTIVITY_KEYS[presence.kind], { name: presence.name })}</bdi>
        </span>
      )}
      <button
        type="button"
        className="card__handle"
        {...handleProps}
        aria-label={t('card.handle', { text: short })}
        ref={(node) => {
          handle.current = node;
          props.handleRef?.(node);
        }}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      {editing && props.onRename && props.onStopEditing ? (
        <TextEditor
          label={t('rename.label')}
          initial={shown.text}
          lang={props.editLang ?? shown.lang}
          dir={dirOf(props.editLang ?? shown.lang)}
          onSave={(text) => {
            props.onRename?.(text);
            props.onStopEditing?.();
          }}
          onCancel={() => props.onStopEditing?.()}
        />
      ) : (
        <div className="card__body">
          <span className="card__text" lang={shown.lang} dir={dir} onDoubleClick={props.onStartEditing}>
            {shown.text}
          </span>
          {original && (
            <span className="card__original">
              {t('card.originalLabel')}{' '}
              <span lang={original.lang} dir={dirOf(original.lang)}>
                {original.text}
              </span>
            </span>
          )}
          {hasBadges && (
            <span className="card__badges" id={badgesId}>
              {inUse && (
                <span className="badge badge--in-use" title={t('card.inUseLong')}>
                  <span aria-hidden="true">✓ </span>
                  {t('card.inUse')}
                </span>
              )}
              {shown.isFallback && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
              {outdatedFrom !== undefined && (
                <span className="badge badge--outdated" title={t('card.outdatedLong', { source: shorten(outdatedFrom, 200) })}>
                  {t('card.outdated')}
                </span>
              )}
              {origin === 'adapted' && (
                <span className="badge badge--adapted" title={t('card.adaptedLong')}>
                  {t('card.adapted')}
                </span>
              )}
              {origin === 'own' && (
                <span className="badge badge--own" title={t('card.ownLong')}>
                  {t('card.own')}
                </span>
              )}
            </span>
          )}
          <ElementMarks marks={props.marks} note={props.note} />
        </div>
      )}
      {props.quickAdd && (
        <button type="button" className="card__quick-add" aria-label={props.quickAdd.label} onClick={props.quickAdd.onAdd}>
          <span aria-hidden="true">+</span>
        </button>
      )}
      {!editing && <CardMenu label={t('card.actions', { text: short })} getItems={getMenuItems} buttonRef={menuButton} />}
    </li>
  );
});
