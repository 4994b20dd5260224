import { markdownFileName } from '@/utils/formats/filename';
import { exportStream } from '@/utils/formats/markdown-stream';
import type { Platform, TalkId } from '@/utils/model/ids';
import { splitPart } from '@/utils/model/part-id';
import type { Db } from '@/utils/store/schema';
import { readParts } from '@/utils/store/parts';
import { langOfTalk } from '@/utils/store/conferences';

/**
 * The export of a talk that is one of several in a recording: every stored talk of that
 * recording, each in its own section. Null for a talk that is a whole recording.
 */
export async function exportStreamOf(db: Db, talkId: TalkId): Promise<{ markdown: string; filename: string } | null> {
  const colon = talkId.indexOf(':');
  const part = splitPart(talkId.slice(colon + 1));
  if (!part) return null;
  const platform = talkId.slice(0, colon) as Platform;
  const parts = (await readParts(db, platform, part.recording)).filter((p) => p.notes.length > 0 || p.talk.id === talkId);
  if (parts.length === 0) return null;
  const first = parts[0]!.talk;
  // The stream is one document: the language of the conference its first filed talk belongs to.
  const filed = parts.find((p) => p.talk.conferenceId !== undefined)?.talk ?? first;
  return { markdown: exportStream(parts, await langOfTalk(db, filed)), filename: markdownFileName(first.channel ? `${first.channel} ${first.title}` : first.title) };
}
