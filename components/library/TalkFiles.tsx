import type { LibraryModel } from '@/utils/library/model';
import type { TalkId } from '@/utils/model/ids';

/** A talk's notes downloaded in the open formats: subtitles for any video player, annotations for any annotation tool. */
export function TalkFiles({ model, talkId, name }: { model: LibraryModel; talkId: TalkId; name: string }) {
  const files = model.talkFiles;
  const busy = files.busy.value !== null;
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void files.download(talkId, name, 'vtt')}>
        Download WebVTT
      </button>
      <button type="button" disabled={busy} onClick={() => void files.download(talkId, name, 'annotations')}>
        Download Web Annotations
      </button>
    </>
  );
}
