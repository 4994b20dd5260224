/**
 * Runs `run` once the browser has painted the frame that is being prepared (a task after the
 * next animation frame), so work queued now does not delay what the person is about to see.
 * A hidden tab draws no frames; `latest` ms later it runs anyway. Returns a cancel function.
 */
export function afterPaint(run: () => void, latest = 100): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  const frame = requestAnimationFrame(() => {
    task = setTimeout(once, 0);
  });
  const fallback = setTimeout(once, latest);
  function cancel(): void {
    cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  }
  return () => {
    done = true;
    cancel();
  };
}

/** `afterPaint` as a promise, for code that awaits the frame being painted before it goes on. */
export function painted(latest?: number): Promise<void> {
  return new Promise((done) => void afterPaint(done, latest));
}
