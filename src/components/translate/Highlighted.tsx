/** Text with the matches of a search marked. Built from split strings: user text is never HTML. */
import { splitMatches, type FindOptions } from '../../domain/replace';

interface HighlightedProps {
  text: string;
  find: string;
  options: FindOptions;
}

export function Highlighted({ text, find, options }: HighlightedProps) {
  return (
    <>
      {splitMatches(text, find, options).map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  );
}
