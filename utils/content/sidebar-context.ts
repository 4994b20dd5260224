/** The sidebar's lifetime: its code ends with the loader's scope that started it. */
export interface SidebarContext {
  signal: AbortSignal;
  /** Calls `cb` when the sidebar ends; returns what takes `cb` back. */
  onInvalidated(cb: () => void): () => void;
}

/**
 * The sidebar's context, made of the loader's lifetime when the sidebar's code arrives: not
 * WXT's ContentScriptContext, whose constructor posts a message to the window and dispatches a
 * document event to end older copies of a script (the loader's scope does that, loader-scope.ts),
 * and whose module brings the webextension-polyfill's wrapper along. The sidebar ends with the loader.
 */
export function contextFor(signal: AbortSignal): SidebarContext {
  return {
    signal,
    onInvalidated(cb) {
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
  };
}
