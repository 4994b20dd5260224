/** The part of IntersectionObserver used here; tests pass a fake. */
export type Observe = (target: Element, shown: () => void, rootMargin: string) => () => void;

/** Calls `shown` once, the first time `target` comes within `rootMargin` of the viewport. */
export const observeShown: Observe = (target, shown, rootMargin) => {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      shown();
    },
    { rootMargin },
  );
  observer.observe(target);
  return () => observer.disconnect();
};

/**
 * Starts `work` when `target` is about to be scrolled into view (a screen ahead, so it is there
 * when it is), instead of at once: below 215 talks, the Sync section's status (a count of
 * every record waiting in the outbox, in the browser's database) was read on every opening of
 * the library for a section nobody had scrolled to. Without IntersectionObserver, at once.
 */
export function whenShown(target: Element | null, work: () => void, observe: Observe | null = typeof IntersectionObserver === 'function' ? observeShown : null): () => void {
  if (!target) return () => {};
  if (!observe) {
    work();
    return () => {};
  }
  return observe(target, work, '100% 0px');
}
