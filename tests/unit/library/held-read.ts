import { expect, vi } from 'vitest';

/** A read of the library's list that can be held on its way back, for a write that lands meanwhile. */
export function heldRead() {
  let holding = false;
  const held: (() => void)[] = [];
  return {
    /** Called by the read once it has read: waits there while a hold is on. */
    async pass(): Promise<void> {
      if (holding) await new Promise<void>((r) => held.push(r));
    },
    /** Starts `read`, held once it has read (reads started later pass); its promise, once it waits. */
    async hold<T>(read: () => Promise<T>): Promise<{ reading: Promise<T> }> {
      holding = true;
      const reading = read();
      await vi.waitFor(() => expect(held).toHaveLength(1));
      holding = false;
      return { reading };
    },
    /** Lets the held read answer. */
    release: (): void => held.shift()?.(),
  };
}
