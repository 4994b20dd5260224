import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FRAME_HANDOFF_KEY, readHandoff, type FrameHandoff } from '@/utils/content/handoff';
import { startFrameAgent } from '@/utils/content/start-frame-agent';

// Run by the background in a frame whose loader heard the top page ask for players.
export default defineUnlistedScript(() => {
  const handoff = readHandoff<FrameHandoff>(FRAME_HANDOFF_KEY);
  if (!handoff || handoff.taken) return;
  handoff.taken = true;
  startFrameAgent(handoff.signal);
});
