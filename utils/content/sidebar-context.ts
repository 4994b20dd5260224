import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * What the sidebar's code uses of a WXT context: its lifetime, and what WXT's shadow-root UI
 * reads of it (`options`, `onInvalidated`).
 */
export type SidebarContext = Pick<ContentScriptContext, 'signal' | 'onInvalidated' | 'options'>;

/**
 * The sidebar's context, made of the loader's lifetime when the sidebar's code arrives: not
 * WXT's ContentScriptContext, whose constructor posts a message to the window and dispatches a
 * document event to end older copies of a script (the loader's scope does that, loader-scope.ts),
 * and whose module brings the webextension-polyfill's wrapper along. The sidebar ends with the loader.
 */
export function contextFor(signal: AbortSignal): SidebarContext {
  return {
    signal,
    options: undefined,
    onInvalidated(cb) {
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
  };
}

/** WXT's shadow-root UI takes a whole context but reads only what SidebarContext has (wxt 0.21: `options`, `onInvalidated`). */
export const asWxtContext = (ctx: SidebarContext): ContentScriptContext => ctx as ContentScriptContext;
