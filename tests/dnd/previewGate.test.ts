import { describe, expect, it } from 'vitest';
import { createPreviewGate } from '../../src/dnd/previewGate';

describe('the preview gate', () => {
  it('lets the preview change once per drag position', () => {
    const gate = createPreviewGate();
    expect(gate.allows({ x: 10, y: 20 })).toBe(true);
    // dnd-kit re-measures and answers again at the same position: no second change.
    expect(gate.allows({ x: 10, y: 20 })).toBe(false);
    expect(gate.allows({ x: 10, y: 21 })).toBe(true);
  });

  it('starts afresh for a new drag', () => {
    const gate = createPreviewGate();
    gate.allows({ x: 0, y: 0 });
    gate.reset();
    expect(gate.allows({ x: 0, y: 0 })).toBe(true);
  });
});
