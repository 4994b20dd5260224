import { genericAdapter } from '@/utils/sites/generic/adapter';
import { pickAdapter } from '@/utils/sites/registry';
import { runFrameAgent } from '@/utils/content/frames-agent';

/** In a frame: reports its player to the top page, which asked already (the code came on its probe). */
export function startFrameAgent(signal: AbortSignal, doc: Document = document): void {
  const adapter = pickAdapter(new URL(doc.location.href), doc) ?? genericAdapter;
  runFrameAgent(adapter, signal, doc, undefined, undefined, true);
}
