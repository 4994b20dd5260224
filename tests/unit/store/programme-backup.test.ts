import { describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { readBackupProgrammes } from '@/utils/store/programme-restore';
import { scheduleFixture, scheduleProgramme } from '../formats/schedule/fixture';
import { loopback } from '../background/loopback';
import { contents } from './fresh-db';

const meta = { platform: 'youtube' as const, videoId: 'kkkkkkkkkkk', url: 'https://www.youtube.com/watch?v=kkkkkkkkkkk', title: 'Containers', speakers: [] };
const TALK = 'youtube:kkkkkkkkkkk' as TalkId;
const GUID = '6f3c2a10-0a3e-5b7a-9d1e-38c3000000a';

/** A library with the 38C3 programme, one talk chosen under an entry (so that entry was opened), backed up. */
async function backedUp() {
  const bg = await loopback();
  const { conferenceId } = await bg.api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
  await bg.api('programme.choose', { talkId: TALK, meta, key: `${conferenceId}|${GUID}4` });
  const { text } = await bg.api('backup.export', {});
  return { bg, conferenceId, text };
}

describe('programmes in backups', () => {
  it('are written with their entries, and restored whole into an empty library, opened marks included', async () => {
    const { bg, conferenceId, text } = await backedUp();
    const doc = JSON.parse(text) as { programmes: { conferenceId: string; entries: { title: string; openedAt?: number }[] }[] };
    expect(doc.programmes.map((p) => [p.conferenceId, p.entries.length])).toEqual([[conferenceId, 4]]);
    const other = await loopback();
    await other.api('backup.import', { text });
    expect(await other.api('programme.get', { conferenceId })).toEqual(await bg.api('programme.get', { conferenceId }));
    expect(await readBackupProgrammes(other.db)).toEqual(await readBackupProgrammes(bg.db));
    // The same backup again changes nothing.
    const before = await readBackupProgrammes(other.db);
    await other.api('backup.import', { text });
    expect(await readBackupProgrammes(other.db)).toEqual(before);
    // The restored talk keeps its entry, and a match finds it filed.
    expect(await other.api('programme.match', { talkId: TALK, meta })).toMatchObject({ state: 'filed', entry: { title: 'When Containers Attack' } });
  });

  it('merge by guid into a programme the library holds: the later import’s details win, events only one side lists are kept', async () => {
    const { bg, conferenceId, text } = await backedUp();
    // Imported again later with one talk renamed and one dropped: the library's copy is newer than the backup.
    const changed = scheduleFixture('38c3.json').replace('When Containers Attack', 'When Containers Attack Back');
    const dropped = JSON.parse(changed) as { schedule: { conference: { days: { rooms: Record<string, { id: number }[]> }[] } } };
    const rooms = dropped.schedule.conference.days[0]!.rooms;
    for (const r of Object.keys(rooms)) rooms[r] = rooms[r]!.filter((e) => e.id !== 12001);
    bg.clock.now += 60_000;
    await bg.api('programme.import', { conferenceId, programme: scheduleProgramme(JSON.stringify(dropped)) });
    await bg.api('backup.import', { text });
    const view = await bg.api('programme.get', { conferenceId });
    expect(view.entries.map((e) => [e.title, e.cancelled])).toEqual([
      ['Opening Ceremony', true],
      ['When Containers Attack Back', false],
      ['Rust in the Kernel, Two Years On', false],
      ['Illegal Instructions in Practice: What CPUs Do', false],
    ]);
    expect(view.opened).toEqual([`${conferenceId}|${GUID}4`]);
  });

  it('are absent from an older backup, which still restores; a damaged programme refuses the file and writes nothing', async () => {
    const { bg, text } = await backedUp();
    const old = JSON.parse(text) as Record<string, unknown>;
    delete old.programmes;
    const other = await loopback();
    await other.api('backup.import', { text: JSON.stringify(old) });
    expect((await contents(other.db)).talks.map((t) => t.id)).toEqual([TALK]);
    expect(await readBackupProgrammes(other.db)).toEqual([]);

    const damaged = JSON.parse(text) as { programmes: { entries: { url: unknown }[] }[] };
    damaged.programmes[0]!.entries[1]!.url = 'javascript:alert(1)';
    const fresh = await loopback();
    const before = await contents(fresh.db);
    await expect(fresh.api('backup.import', { text: JSON.stringify(damaged) })).rejects.toThrow('This backup is damaged: programmes[0].entries[1].url');
    expect(await contents(fresh.db)).toEqual(before);
    expect(await readBackupProgrammes(fresh.db)).toEqual([]);
    void bg;
  });
});
