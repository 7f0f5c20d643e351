/**
 * A multi-line field for the group's own words (an answer): typing stays local, and the store gets
 * the text after a pause and on leaving the field, so a sentence is one undo step, not a letter.
 * A change from outside (undo, import) shows at once unless it is what is being typed.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { MAX_TEXT_LENGTH } from '../../domain/limits';
import { cleanParagraphs } from '../../domain/text';

interface DraftTextAreaProps {
  id: string;
  value: string;
  onCommit: (value: string) => void;
  describedBy?: string;
  placeholder?: string;
}

export function DraftTextArea({ id, value, onCommit, describedBy, placeholder }: DraftTextAreaProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const field = useRef<HTMLTextAreaElement>(null);
  if (value !== seen) {
    setSeen(value);
    if (cleanParagraphs(draft) !== value) setDraft(value);
  }

  useEffect(() => {
    if (cleanParagraphs(draft) === value) return;
    const timer = setTimeout(() => onCommit(draft), 700);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);

  useLayoutEffect(() => {
    // Grow with the answer rather than scroll inside a small box.
    const node = field.current;
    if (!node) return;
    node.style.height = 'auto';
    node.style.height = `${Math.max(node.scrollHeight, 64)}px`;
  }, [draft]);

  return (
    <textarea
      ref={field}
      id={id}
      className="draft-text"
      dir="auto"
      rows={2}
      maxLength={MAX_TEXT_LENGTH}
      value={draft}
      placeholder={placeholder}
      aria-describedby={describedBy}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => {
        if (cleanParagraphs(draft) !== value) onCommit(draft);
      }}
    />
  );
}
