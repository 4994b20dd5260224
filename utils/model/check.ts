/**
 * Small composable checkers for untrusted data (content-script messages, page metadata,
 * imported files). A checker returns a NEW value built only from what it knows, or throws a
 * ValidationError naming where the input went wrong.
 */

/** Why an input was refused; `message` is `path: reason`, ready to show in a UI. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    /** Where, e.g. `notes[3].at`; empty for the input itself. */
    readonly path: string,
    /** What was expected, e.g. `expected a number of seconds ≥ 0`. */
    readonly reason: string,
  ) {
    super(path ? `${path}: ${reason}` : reason);
  }
}

/** Reads `x` (found at `path`) and returns what may be kept of it. */
export type Check<T> = (x: unknown, path: string) => T;

export function fail(path: string, reason: string): never {
  throw new ValidationError(path, reason);
}

export function field(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A short description of what was found instead, for error messages. */
export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return `"${x.length > 40 ? `${x.slice(0, 40)}…` : x}"`;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

// Control characters (Cc) except \t and \n; \r is handled first so Windows and old Mac line
// ends become \n.
const CONTROL = /(?![\t\n])\p{Cc}/gu;
const LINE_BREAKS = /[\n\t]+/g;

export interface StrOptions {
  max: number;
  /** Refuse the empty string (after cleaning). */
  min?: number;
  /** A one-line field (title, name): line breaks and tabs become a single space. */
  line?: boolean;
  /** Cut text longer than `max` instead of refusing it (page metadata we do not author). */
  truncate?: boolean;
}

/** Text, with control characters other than \n and \t removed; lengths are UTF-16 code units. */
export function str(opts: StrOptions): Check<string> {
  return (x, path) => {
    if (typeof x !== 'string') return fail(path, `expected text, got ${describe(x)}`);
    let s = x.replace(/\r\n?/g, '\n').replace(CONTROL, '');
    if (opts.line) s = s.replace(LINE_BREAKS, ' ');
    if (s.length > opts.max) {
      if (!opts.truncate) return fail(path, `expected at most ${opts.max} characters, got ${s.length}`);
      s = cut(s, opts.max);
    }
    if (opts.min !== undefined && s.length < opts.min) {
      return fail(path, opts.min === 1 ? 'expected non-empty text' : `expected at least ${opts.min} characters`);
    }
    return s;
  };
}

/** Cuts at `max` without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export interface NumOptions {
  min?: number;
  max?: number;
  /** How the number is named in messages, e.g. `a number of seconds`. */
  what?: string;
}

/** A finite number within bounds. */
export function num(opts: NumOptions = {}): Check<number> {
  const what = opts.what ?? 'a number';
  return (x, path) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) return fail(path, `expected ${what}, got ${describe(x)}`);
    if (opts.min !== undefined && x < opts.min) return fail(path, `expected ${what} ≥ ${opts.min}`);
    if (opts.max !== undefined && x > opts.max) return fail(path, `expected ${what} ≤ ${opts.max}`);
    return x;
  };
}

/** A safe integer within bounds. */
export function int(opts: NumOptions = {}): Check<number> {
  const what = opts.what ?? 'a whole number';
  const bounded = num({ ...opts, what });
  return (x, path) => {
    if (typeof x === 'number' && !Number.isSafeInteger(x)) return fail(path, `expected ${what}, got ${describe(x)}`);
    return bounded(x, path);
  };
}

/** One of a fixed set of strings. */
export function oneOf<const V extends string>(values: readonly V[]): Check<V> {
  return (x, path) =>
    (values as readonly unknown[]).includes(x)
      ? (x as V)
      : fail(path, `expected one of ${values.join(', ')}, got ${describe(x)}`);
}

/** Absent is fine. JSON cannot carry `undefined`, so `null` counts as absent too. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (x, path) => (x === undefined || x === null ? undefined : check(x, path));
}

export interface ArrayOptions {
  max: number;
  /** Keep the first `max` items instead of refusing a longer list. */
  truncate?: boolean;
}

/** A list of at most `max` items, each checked; the result is a new array. */
export function arrayOf<T>(check: Check<T>, opts: ArrayOptions): Check<T[]> {
  return (x, path) => {
    if (!Array.isArray(x)) return fail(path, `expected a list, got ${describe(x)}`);
    if (x.length > opts.max && !opts.truncate) {
      return fail(path, `expected at most ${opts.max} items, got ${x.length}`);
    }
    const n = Math.min(x.length, opts.max);
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(check(x[i], `${path}[${i}]`));
    return out;
  };
}

/** One checker per key of T; optional keys of T take a checker that may return undefined. */
export type Shape<T> = { [K in keyof Required<T>]: Check<T[K]> };

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * An object with exactly the keys of `shape`. Unknown keys are dropped (a newer backup may
 * carry fields this version does not know) and only own properties are read, so inherited or
 * `__proto__`/`constructor` keys never reach the result. Absent optional keys stay absent.
 */
export function record<T>(shape: Shape<T>): Check<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (x, path) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) {
      return fail(path, `expected an object, got ${describe(x)}`);
    }
    const out: Partial<T> = {};
    for (const key of keys) {
      const value = shape[key](hasOwn(x, key) ? (x as Record<string, unknown>)[key] : undefined, field(path, key));
      if (value !== undefined) out[key] = value;
    }
    return out as T;
  };
}

/** Absent when `check` refuses the value: for details that are only nice to have. */
export function dropIfInvalid<T>(check: Check<T>): Check<T | undefined> {
  return (x, path) => {
    try {
      return check(x, path);
    } catch (e) {
      if (e instanceof ValidationError) return undefined;
      throw e;
    }
  };
}
