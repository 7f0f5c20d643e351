/** The closing row of a confirming dialog: a plain Cancel and a (destructive) submit button. */
export function DialogActions({ cancelLabel, confirmLabel, onCancel }: { cancelLabel: string; confirmLabel: string; onCancel: () => void }) {
  return (
    <div className="dialog__actions">
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button--danger">
        {confirmLabel}
      </button>
    </div>
  );
}
