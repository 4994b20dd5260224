/**
 * Reading plain JSON from outside, a field at a time: only own keys (never `__proto__` or
 * inherited ones), one item or a list of them, JSON-LD's `type` that may be a list.
 */
import { arrayOf, describe, fail, type Check } from '@/utils/model/check';

/** One item or a list of them; absent is an empty list. */
export function listOf<T>(check: Check<T>, max: number): Check<T[]> {
  const list = arrayOf(check, { max });
  return (x, path) => (Array.isArray(x) ? list(x, path) : x === undefined ? [] : [check(x, path)]);
}

export function object(x: unknown, path: string): Record<string, unknown> {
  return isObject(x) ? x : fail(path, `expected an object, got ${describe(x)}`);
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function hasType(o: Record<string, unknown>, name: string): boolean {
  const type = own(o, 'type');
  return type === name || (Array.isArray(type) && type.includes(name));
}

export function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}
