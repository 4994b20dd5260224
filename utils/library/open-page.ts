/**
 * The order in which the library page asks the background for things as it opens. The list of
 * talks is what the person came for, so it is asked first and alone; the rest (the keep-warm
 * ping, which may start the index build) would be answered before it or compete with it for
 * the worker and the database, and is started once the list is on screen (or could not be read).
 */
export interface OpenSteps {
  /** Reads and shows the list of talks; resolves once it is in the page's state. */
  list: () => Promise<unknown>;
  /** Resolves once what the list set has been drawn (the page's next task). */
  drawn?: () => Promise<void>;
  /** Work the first screen does not need, each started once the list is drawn. */
  afterwards: ReadonlyArray<() => void>;
}

/** The page's next task: the render the list's signals scheduled (a microtask) has run by then. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function openPage({ list, drawn = nextTask, afterwards }: OpenSteps): Promise<void> {
  try {
    await list();
  } finally {
    await drawn();
    for (const step of afterwards) step();
  }
}
