/** Talk starts marked by hand in a recording of several talks (a day's stream). */
import type { TalkId } from '@/utils/model/ids';
import { parseTalkId, record, wholeMoment } from '@/utils/model/validate';
import { request } from '@/utils/messages/request';

export const MARK_REQUESTS = {
  /** The recording's hand-marked talk starts: whole seconds, ascending. */
  'marks.get': request<{ recording: TalkId }, number[]>({ check: record({ recording: parseTalkId }), writes: false }),
  /** Marks where a talk starts; answers the recording's marks as stored now. */
  'marks.add': request<{ recording: TalkId; at: number }, number[]>({ check: record({ recording: parseTalkId, at: wholeMoment }), writes: false }),
};
