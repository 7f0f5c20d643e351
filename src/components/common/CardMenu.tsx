/**
 * The "⋮" menu on a card: every drag has a non-drag equivalent here (WCAG 2.2 dragging movements).
 * A menu button pattern: arrows move, Home/End jump, Escape closes and returns focus.
 * Placed on screen by useMenuPlacement (floating-ui, loaded when a menu first opens).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useMenuPlacement } from './menuPlacement';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

interface CardMenuProps {
  label: string;
  /** The items, or a function that builds them when the menu opens (cheaper for hundreds of cards). */
  items?: MenuItem[];
  getItems?: () => MenuItem[];
  buttonRef?: Ref<HTMLButtonElement>;
}

export function CardMenu({ label, items: givenItems, getItems, buttonRef }: CardMenuProps) {
  const [open, setOpen] = useState(false);
  const items = givenItems ?? (open && getItems ? getItems() : []);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const list = useRef<HTMLDivElement>(null);
  useMenuPlacement(open, wrapper, list);
  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);

  const focusItem = (index: number | undefined) => {
    if (index !== undefined) itemRefs.current[index]?.focus();
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) wrapper.current?.querySelector<HTMLButtonElement>('button[aria-haspopup]')?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(enabled[0]);
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // Focus the first item only when the menu opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const current = enabled.indexOf(itemRefs.current.findIndex((node) => node === document.activeElement));
    const moves: Record<string, number | undefined> = {
      ArrowDown: enabled[(current + 1) % enabled.length],
      ArrowUp: enabled[(current - 1 + enabled.length) % enabled.length],
      Home: enabled[0],
      End: enabled[enabled.length - 1],
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="card-menu" ref={wrapper}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span aria-hidden="true">⋮</span>
      </button>
      {open && (
        <div ref={list} className="card-menu__list" role="menu" id={menuId} aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <button
              key={item.label}
              ref={(node) => {
                itemRefs.current[index] = node;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={item.disabled}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
