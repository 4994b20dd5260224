/**
 * Replaces one global for a test and returns what puts it back. Not `vi.unstubAllGlobals()`:
 * that also takes away the fake `browser` and `chrome` the WXT set-up stubbed, and files share
 * their worker (isolate: false), so a later file importing webextension-polyfill would throw.
 */
export function stubGlobal(name: string, value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  return () => {
    if (before) Object.defineProperty(globalThis, name, before);
    else delete (globalThis as Record<string, unknown>)[name];
  };
}
