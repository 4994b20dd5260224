// An accessible name to match, carried into a page script: the Firefox driver matches names where
// it computes them, in the page, and sends back only the elements whose name fits.
import type { Name } from './types';

/** `name` as JSON text for a page script (a pattern as its source and flags). */
export function encodeName(name: Name): string {
  return JSON.stringify(typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags });
}

/**
 * Source of a page function: takes encodeName's text, returns a test of a label that answers as
 * cdp-dom's `matches` does (the whole label equal to the text, or the pattern found in it).
 */
export const NAME_TEST = `function (encoded) {
  const name = JSON.parse(encoded);
  if (typeof name.text === 'string') return (label) => label === name.text;
  const pattern = new RegExp(name.source, name.flags);
  return (label) => {
    pattern.lastIndex = 0;
    return pattern.test(label);
  };
}`;
