/**
 * A loader's lifetime, without WXT's ContentScriptContext (and the polyfill it imports): one
 * AbortController per loader. Content scripts of one extension share their isolated world in a
 * frame, so the scope is kept there under `key`; a loader started again in the same frame (the
 * toolbar button injecting video.js where the manifest already ran it, an extension reload)
 * ends the one before it, as WXT's context did.
 */
export function loaderScope(key: string, scope: object = globalThis): AbortSignal {
  const slot = scope as Record<string, AbortController | undefined>;
  slot[key]?.abort();
  const controller = new AbortController();
  slot[key] = controller;
  return controller.signal;
}
