import { describe, expect, it } from 'vitest';
import { openPage } from '@/utils/library/open-page';

/** A request whose answer the test gives. */
function pending() {
  let answer!: () => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<void>((ok, no) => {
    answer = ok;
    fail = no;
  });
  return { promise, answer, fail };
}

describe('openPage: the list first and alone, the rest once it is drawn', () => {
  it('starts nothing else until the list is answered and drawn', async () => {
    const log: string[] = [];
    const list = pending();
    const drawn = pending();
    const opened = openPage({
      list: () => {
        log.push('list asked');
        return list.promise;
      },
      drawn: () => {
        log.push('drawing');
        return drawn.promise;
      },
      afterwards: [() => log.push('sync status asked'), () => log.push('keep-warm ping')],
    });
    await Promise.resolve();
    expect(log).toEqual(['list asked']);
    list.answer();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['list asked', 'drawing']);
    drawn.answer();
    await opened;
    expect(log).toEqual(['list asked', 'drawing', 'sync status asked', 'keep-warm ping']);
  });

  it('still starts the rest when the list could not be read', async () => {
    const log: string[] = [];
    const list = pending();
    const opened = openPage({ list: () => list.promise, drawn: async () => void log.push('drawn'), afterwards: [() => log.push('sync status asked')] });
    list.fail(new Error('The extension did not answer.'));
    await expect(opened).rejects.toThrow('The extension did not answer.');
    expect(log).toEqual(['drawn', 'sync status asked']);
  });
});
