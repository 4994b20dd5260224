import { describe, expect, it } from 'vitest';
import { chordKeys } from '../../e2e/harness/keys';

describe('chordKeys', () => {
  it('splits a chord into modifiers then the key', () => {
    expect(chordKeys('Alt+Shift+N')).toEqual(['Alt', 'Shift', 'N']);
    expect(chordKeys('Shift+Enter')).toEqual(['Shift', 'Enter']);
    expect(chordKeys('Enter')).toEqual(['Enter']);
  });

  it('reads Playwright names puppeteer lacks', () => {
    expect(chordKeys('ControlOrMeta+a')).toEqual(['Control', 'a']);
    expect(chordKeys('Space')).toEqual([' ']);
  });

  it('keeps the plus key itself', () => {
    expect(chordKeys('+')).toEqual(['+']);
    expect(chordKeys('Control++')).toEqual(['Control', '+']);
  });
});
