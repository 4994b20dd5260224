import { describe, expect, it } from 'vitest';
import { whenGranted } from '@/utils/background/when-granted';

const REFUSED = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

/** A script run that is refused `refusals` times with `message`, then answers 'ran'. */
function refusedFirst(refusals: number, message = REFUSED) {
  let calls = 0;
  const run = async () => {
    calls++;
    if (calls <= refusals) throw new Error(message);
    return 'ran';
  };
  return { run, calls: () => calls };
}

describe('a script sent into a tab right after its activeTab grant', () => {
  const waits: number[] = [];
  const wait = async (ms: number) => void waits.push(ms);

  it('is sent again while the page has not heard of the grant, and its answer returned', async () => {
    waits.length = 0;
    const tab = refusedFirst(2);
    await expect(whenGranted(tab.run, wait)).resolves.toBe('ran');
    expect(tab.calls()).toBe(3);
    expect(waits).toEqual([25, 50]);
  });

  it('gives up after its tries, with the browser’s own error', async () => {
    const tab = refusedFirst(10);
    await expect(whenGranted(tab.run, wait, 3)).rejects.toThrow(REFUSED);
    expect(tab.calls()).toBe(3);
  });

  it('is not sent again when the page is one scripts may never enter', async () => {
    const tab = refusedFirst(1, 'Cannot access a chrome:// URL');
    await expect(whenGranted(tab.run, wait)).rejects.toThrow('Cannot access a chrome:// URL');
    expect(tab.calls()).toBe(1);
  });
});
