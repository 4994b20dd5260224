import { describe, expect, it } from 'vitest';
import {
  arrayOf,
  dropIfInvalid,
  int,
  num,
  oneOf,
  optional,
  record,
  str,
  ValidationError,
  type Check,
} from '@/utils/model/validate';

function errorOf(check: Check<unknown>, x: unknown, path = 'x'): string {
  try {
    check(x, path);
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('ValidationError', () => {
  it('carries the path and the reason, and joins them in its message', () => {
    const e = new ValidationError('notes[3].at', 'expected a number of seconds ≥ 0');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.path, e.reason, e.message]).toEqual([
      'ValidationError',
      'notes[3].at',
      'expected a number of seconds ≥ 0',
      'notes[3].at: expected a number of seconds ≥ 0',
    ]);
  });

  it('is just the reason when the input itself is wrong', () => {
    expect(new ValidationError('', 'expected an object').message).toBe('expected an object');
  });
});

describe('str', () => {
  it.each([
    ['removes NUL, BEL and DEL', 'a\u0000b\u0007c\u007f', { max: 10 }, 'abc'],
    ['removes C1 controls', 'a\u0085b\u009fc', { max: 10 }, 'abc'],
    ['keeps newlines and tabs', 'a\n\tb', { max: 10 }, 'a\n\tb'],
    ['turns CRLF and lone CR into \\n', 'a\r\nb\rc', { max: 10 }, 'a\nb\nc'],
    ['keeps other Unicode', 'Ærø “quote” 😀', { max: 20 }, 'Ærø “quote” 😀'],
    ['makes a one-line field one line', 'a\n\n\tb\r\nc', { max: 10, line: true }, 'a b c'],
    ['measures after cleaning', 'ab\u0000\u0000', { max: 2 }, 'ab'],
    ['cuts to max when asked', 'abcdef', { max: 3, truncate: true }, 'abc'],
    ['never cuts a surrogate pair in half', 'ab😀', { max: 3, truncate: true }, 'ab'],
  ])('%s', (_, input, opts, expected) => {
    expect(str(opts)(input, 'x')).toBe(expected);
  });

  it.each([
    [42, { max: 3 }, 'x: expected text, got 42'],
    [undefined, { max: 3 }, 'x: expected text, got nothing'],
    [null, { max: 3 }, 'x: expected text, got null'],
    ['abcd', { max: 3 }, 'x: expected at most 3 characters, got 4'],
    ['', { max: 3, min: 1 }, 'x: expected non-empty text'],
    ['\u0000\u0001', { max: 3, min: 1 }, 'x: expected non-empty text'],
  ])('refuses %j with %j', (input, opts, message) => {
    expect(errorOf(str(opts), input)).toBe(message);
  });
});

describe('num and int', () => {
  const seconds = num({ min: 0, max: 100, what: 'a number of seconds' });

  it.each([0, 0.5, 100])('accept %d within bounds', (n) => {
    expect(seconds(n, 'at')).toBe(n);
  });

  it.each([
    [-1, 'at: expected a number of seconds ≥ 0'],
    [100.5, 'at: expected a number of seconds ≤ 100'],
    [Number.NaN, 'at: expected a number of seconds, got NaN'],
    [Number.POSITIVE_INFINITY, 'at: expected a number of seconds, got Infinity'],
    ['12', 'at: expected a number of seconds, got "12"'],
    [[], 'at: expected a number of seconds, got a list'],
  ])('num refuses %j', (input, message) => {
    expect(errorOf(seconds, input, 'at')).toBe(message);
  });

  it.each([
    [1.5, 'x: expected a whole number, got 1.5'],
    [2 ** 53, `x: expected a whole number, got ${2 ** 53}`],
    [0, 'x: expected a whole number ≥ 1'],
  ])('int refuses %j', (input, message) => {
    expect(errorOf(int({ min: 1 }), input)).toBe(message);
  });
});

describe('oneOf and optional', () => {
  const kind = oneOf(['note', 'quote']);

  it('accepts a listed value and names the choices otherwise', () => {
    expect(kind('quote', 'k')).toBe('quote');
    expect(errorOf(kind, 'Quote', 'k')).toBe('k: expected one of note, quote, got "Quote"');
  });

  it('treats undefined and null as absent, and checks anything else', () => {
    const maybe = optional(kind);
    expect([maybe(undefined, 'k'), maybe(null, 'k'), maybe('note', 'k')]).toEqual([undefined, undefined, 'note']);
    expect(errorOf(maybe, 7, 'k')).toBe('k: expected one of note, quote, got 7');
  });
});

describe('dropIfInvalid', () => {
  it('gives the checked value, or undefined where the check refuses it', () => {
    const seconds = dropIfInvalid(num({ min: 0 }));
    expect([seconds(5, 'd'), seconds(-1, 'd'), seconds('x', 'd')]).toEqual([5, undefined, undefined]);
  });
});

describe('arrayOf', () => {
  const words = arrayOf(str({ max: 3 }), { max: 2 });

  it('returns a new array of checked items', () => {
    const input = ['a\u0000', 'b'];
    const out = words(input, 'w');
    expect(out).toEqual(['a', 'b']);
    expect(out).not.toBe(input);
  });

  it.each([
    [['a', 'b', 'c'], 'w: expected at most 2 items, got 3'],
    [['a', 5], 'w[1]: expected text, got 5'],
    [{ 0: 'a', length: 1 }, 'w: expected a list, got an object'],
  ])('refuses %j', (input, message) => {
    expect(errorOf(words, input, 'w')).toBe(message);
  });

  it('keeps the first items when asked to truncate', () => {
    expect(arrayOf(str({ max: 3 }), { max: 2, truncate: true })(['a', 'b', 'c'], 'w')).toEqual(['a', 'b']);
  });
});

describe('record', () => {
  interface Pair {
    a: string;
    b?: number;
  }
  const pair = record<Pair>({ a: str({ max: 5 }), b: optional(num()) });

  it('returns a new object with only the known keys, leaving absent optional keys out', () => {
    const input = { a: 'x', extra: 1, b: null };
    const out = pair(input, 'p');
    expect(out).not.toBe(input);
    expect(Object.keys(out)).toEqual(['a']);
  });

  it('names the path of a bad field', () => {
    expect(errorOf(pair, { a: 'x', b: 'y' }, 'p')).toBe('p.b: expected a number, got "y"');
    expect(errorOf(pair, { b: 1 }, '')).toBe('a: expected text, got nothing');
  });

  it.each([
    [null, 'p: expected an object, got null'],
    [['x'], 'p: expected an object, got a list'],
    ['x', 'p: expected an object, got "x"'],
  ])('refuses %j', (input, message) => {
    expect(errorOf(pair, input, 'p')).toBe(message);
  });

  it('reads own properties only, never inherited ones', () => {
    const inherited = Object.create({ a: 'x' }) as object;
    expect(errorOf(pair, inherited, 'p')).toBe('p.a: expected text, got nothing');
  });

  it('does not let __proto__ or constructor keys through', () => {
    const input = JSON.parse('{"a":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    const out = pair(input, 'p') as Pair & { polluted?: unknown };
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['a']);
    expect(out.polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
