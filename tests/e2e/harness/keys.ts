// Playwright-style chords ('Alt+Shift+N', 'Shift+Enter', 'Control+a') for puppeteer's keyboard,
// which presses one key at a time: modifiers go down in order, the key is pressed, then they
// come up in reverse, as a person's fingers would.
import type { Keyboard, KeyInput } from 'puppeteer-core';

const ALIASES: Record<string, string> = { ControlOrMeta: 'Control', Space: ' ', Esc: 'Escape' };

export function chordKeys(chord: string): string[] {
  // A trailing '+' is the plus key itself ('Control++').
  const parts = chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord === '+' ? ['+'] : chord.split('+');
  return parts.map((k) => ALIASES[k] ?? k);
}

export async function pressChord(keyboard: Keyboard, chord: string): Promise<void> {
  const keys = chordKeys(chord) as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await keyboard.down(modifier);
  try {
    await keyboard.press(key);
  } finally {
    for (const modifier of keys.reverse()) await keyboard.up(modifier);
  }
}
