/**
 * The library page's requests for the open formats (docs/open-exports.md): a talk as WebVTT
 * subtitles or as W3C Web Annotations, and annotations read back into notes.
 */
import { MAX_BACKUP_BYTES, mb } from '@/utils/formats/backup';
import type { TalkId } from '@/utils/model/ids';
import type { ImportSummary } from '@/utils/model/replies';
import { parseTalkId, record } from '@/utils/model/validate';
import { fileSize, fileText, request } from '@/utils/messages/request';

/** A file made for the person to save. */
export interface ExportFile {
  text: string;
  filename: string;
}

const talkExport = () =>
  request<{ talkId: TalkId }, ExportFile>({ check: record({ talkId: parseTalkId }), large: true, writes: false });

export const OPEN_EXPORT_REQUESTS = {
  /** One talk's notes as WebVTT subtitles (`.vtt`), in its conference's language when it has one. */
  'export.talkVtt': talkExport(),
  /** One talk's notes as a W3C Web Annotation collection (`.jsonld`), in its conference's language when it has one. */
  'export.talkAnnotations': talkExport(),
  /**
   * Merges the notes of a Web Annotation file into the store, as a backup is merged; a bad file,
   * or one about a recording not in the library, writes nothing and fails with a message for the user.
   */
  'annotations.import': request<{ text: string }, ImportSummary>({
    check: record({ text: fileText(MAX_BACKUP_BYTES, `This file is too large to import (the limit is ${mb(MAX_BACKUP_BYTES)}).`) }),
    large: fileSize,
    writes: true,
  }),
};
