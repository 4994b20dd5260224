import { nativeApi } from '@/utils/messages/native';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/sidebar/deps';

const KEY = 'settings';

/** Settings live in the extension's storage, never in the page's. */
export async function loadSettings(): Promise<Settings> {
  const got = (await nativeApi().storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return {
    rewind: typeof got?.rewind === 'number' && got.rewind >= 0 && got.rewind <= 60 ? got.rewind : DEFAULT_SETTINGS.rewind,
    pauseWhileTyping: typeof got?.pauseWhileTyping === 'boolean' ? got.pauseWhileTyping : DEFAULT_SETTINGS.pauseWhileTyping,
    open: typeof got?.open === 'boolean' ? got.open : DEFAULT_SETTINGS.open,
    everyVideo: typeof got?.everyVideo === 'boolean' ? got.everyVideo : DEFAULT_SETTINGS.everyVideo,
  };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await nativeApi().storage.local.set({ [KEY]: settings });
}
