import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The WXT context the sidebar's code needs (its shadow-root UI), made when that code arrives:
 * the loader, which must stay small, keeps only an AbortSignal, and the context ends with it.
 */
export function contextFor(signal: AbortSignal, name = 'talk-notes-sidebar'): ContentScriptContext {
  const ctx = new ContentScriptContext(name);
  if (signal.aborted) ctx.abort();
  else signal.addEventListener('abort', () => ctx.abort(), { once: true });
  return ctx;
}
