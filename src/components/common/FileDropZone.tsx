/**
 * Drop a file anywhere on the page to import it. A full-page overlay says what will happen while
 * files are dragged over the window. Only drags that carry files count: dnd-kit's card drags are
 * pointer events, not HTML drag and drop, and dragged text or links carry no "Files" type.
 * Without this the browser would open a dropped file in place of the app and lose unsaved focus.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What the file pickers offer: a profile file, or a poster PNG that carries one. */
export const ACCEPTED_FILES = '.json,.png,application/json,image/png';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

interface FileDropZoneProps {
  /** Gets the first dropped file and how many others were dropped with it (and not read). */
  onFile: (file: File, othersDropped: number) => void;
  /** Takes every dropped file instead (the summary of all groups); `onFile` then gets none. */
  onFiles?: (files: File[]) => void;
  /** What the overlay says; the import's words by default. */
  label?: string;
  hint?: string;
}

export function FileDropZone({ onFile, onFiles, label, hint }: FileDropZoneProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag left the window.
  const depth = useRef(0);
  const latestOnFile = useRef(onFile);
  const latestOnFiles = useRef(onFiles);
  useEffect(() => {
    latestOnFile.current = onFile;
    latestOnFiles.current = onFiles;
  }, [onFile, onFiles]);

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setActive(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (latestOnFiles.current) {
        if (files.length > 0) latestOnFiles.current(files);
      } else if (files[0]) latestOnFile.current(files[0], files.length - 1);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!active) return null;
  return (
    <div className="file-drop-overlay" data-testid="file-drop-overlay">
      <p>{label ?? t('import.drop')}</p>
      <p className="file-drop-overlay__hint">{hint ?? t('import.dropHint')}</p>
    </div>
  );
}
