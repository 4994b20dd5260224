import type { Runtime } from 'webextension-polyfill';
import { FRAME_HANDOFF_KEY, leaveHandoff, type FrameHandoff } from '@/utils/content/handoff';
import { loaderCall } from '@/utils/content/loader-call';
import { nativeApi } from '@/utils/messages/native';

/**
 * In a frame that may hold the player: nothing until the sidebar on the top page asks the
 * tab's frames for their players (`frame.probe`); then the frame agent's code is run here,
 * and it reports at once (utils/content/frames-agent.ts).
 */
export function waitForProbe(signal: AbortSignal): void {
  const api = nativeApi();
  const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id !== api.runtime.id || (message as { event?: unknown } | null)?.event !== 'frame.probe') return undefined;
    api.runtime.onMessage.removeListener(onMessage);
    leaveHandoff<FrameHandoff>({ signal, taken: false }, FRAME_HANDOFF_KEY);
    loaderCall('loader.frame', {}).catch((error: unknown) => console.error('Talk Notes: the frame agent could not be loaded', error));
    return undefined;
  };
  api.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(onMessage), { once: true });
}
