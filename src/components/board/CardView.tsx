/**
 * How an element looks, wherever it is: drag handle, text (with its language), badges, menu.
 * The list item's accessible name is the element's text; the handle carries dnd-kit's attributes
 * (on the <li> they would turn the item into a button).
 */
import { memo, useRef, type CSSProperties, type HTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { shorten, type ShownText } from '../../domain/text';
import type { Activity, ActivityKind } from '../../store/liveStore';
import { useFocusRequest } from '../common/focusRequest';
import { useDirection } from '../common/useDirection';
import { CardMenu, type MenuItem } from './CardMenu';
import { TextEditor } from './TextEditor';

export interface CardViewProps {
  id: string;
  shown: ShownText;
  variant: 'generic' | 'local';
  inUse?: boolean;
  menuItems: MenuItem[];
  editing?: boolean;
  onStartEditing?: () => void;
  onRename?: (text: string) => void;
  onStopEditing?: () => void;
  /** Enter/F2/Delete on the handle, before dnd-kit sees the key. Return true when handled. */
  onHandleKey?: (event: KeyboardEvent<HTMLButtonElement>) => boolean;
  itemRef?: Ref<HTMLLIElement>;
  handleRef?: (node: HTMLButtonElement | null) => void;
  handleProps?: HTMLAttributes<HTMLButtonElement>;
  style?: CSSProperties;
  isDragging?: boolean;
  /** Another member (live work) dragging or renaming this card. */
  presence?: Activity;
}

const ACTIVITY_KEYS: Record<ActivityKind, string> = { dragging: 'live.activity.dragging', renaming: 'live.activity.renaming' };

export const CardView = memo(function CardView(props: CardViewProps) {
  const { t } = useTranslation();
  const { id, shown, variant, inUse, menuItems, editing, handleProps, isDragging, presence } = props;
  const handle = useRef<HTMLButtonElement | null>(null);
  const menuButton = useRef<HTMLButtonElement | null>(null);
  useFocusRequest(id, handle, menuButton);
  const short = shorten(shown.text);
  const dir = useDirection()(shown.lang);

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
      style={presence ? { ...props.style, ['--member-color' as string]: presence.color } : props.style}
      aria-label={shown.text}
      className={`card card--${variant}${inUse ? ' card--in-use' : ''}${isDragging ? ' card--dragging' : ''}${presence ? ' card--busy' : ''}`}
      data-element-id={id}
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
          lang={shown.lang}
          dir={dir}
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
          {(inUse || shown.isFallback) && (
            <span className="card__badges">
              {inUse && (
                <span className="badge badge--in-use" title={t('card.inUseLong')}>
                  <span aria-hidden="true">✓ </span>
                  {t('card.inUse')}
                </span>
              )}
              {shown.isFallback && <span className="badge badge--untranslated">{t('card.untranslated')}</span>}
            </span>
          )}
        </div>
      )}
      {!editing && <CardMenu label={t('card.actions', { text: short })} items={menuItems} buttonRef={menuButton} />}
    </li>
  );
});
