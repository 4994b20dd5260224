import { describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { loopback } from './loopback';

const STREAM = 'youtube:stream00000' as TalkId;
const OTHER = 'youtube:other000000' as TalkId;

describe('hand-marked talk starts', () => {
  it('are stored, answered in order, and told to every view', async () => {
    const { api, marks } = await loopback();
    expect(await api('marks.add', { recording: STREAM, at: 3120 })).toEqual([3120]);
    expect(await api('marks.add', { recording: STREAM, at: 600 })).toEqual([600, 3120]);
    expect(await api('marks.get', { recording: STREAM })).toEqual([600, 3120]);
    expect(await api('marks.get', { recording: OTHER })).toEqual([]);
    expect(marks).toEqual([
      { event: 'marks.changed', recording: STREAM, starts: [3120] },
      { event: 'marks.changed', recording: STREAM, starts: [600, 3120] },
    ]);
  });

  it('change nothing when the same start is marked again (a retried request)', async () => {
    const { api, db } = await loopback();
    await api('marks.add', { recording: STREAM, at: 600 });
    const stored = await db.getAll('marks');
    expect(await api('marks.add', { recording: STREAM, at: 600 })).toEqual([600]);
    expect(await db.getAll('marks')).toEqual(stored);
  });

  it.each([
    ['a moment that is not whole seconds', { recording: STREAM, at: 1.5 }, /payload\.at/],
    ['a moment before the recording', { recording: STREAM, at: -1 }, /payload\.at/],
    ['a made-up recording', { recording: 'evil:x', at: 1 }, /payload\.recording/],
  ])('refuse %s and store nothing', async (_, payload, error) => {
    const { api, db } = await loopback();
    await expect(api('marks.add', payload as never)).rejects.toThrow(error);
    expect(await db.getAll('marks')).toEqual([]);
  });

  it('go into the backup, and come back with it on another device, told to its views', async () => {
    const here = await loopback();
    await here.api('marks.add', { recording: STREAM, at: 600 });
    await here.api('marks.add', { recording: STREAM, at: 3120 });
    const { text } = await here.api('backup.export', {});
    const there = await loopback();
    await there.api('marks.add', { recording: STREAM, at: 1800 });
    there.marks.length = 0;
    const summary = await there.api('backup.import', { text });
    expect(summary.changed.marks).toBe(2);
    expect(await there.api('marks.get', { recording: STREAM })).toEqual([600, 1800, 3120]);
    await expect.poll(() => there.marks).toEqual([{ event: 'marks.changed', recording: STREAM, starts: [600, 1800, 3120] }]);
  });
});
