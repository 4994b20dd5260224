/** What the background pushes to views and tabs, unasked. */
import type { TalkId } from '@/utils/model/ids';
import type { Draft, Note, Talk } from '@/utils/model/types';
import { FRAME_EVENTS, type FrameEvent } from '@/utils/messages/frames';

/** Pushed by the background to every view after a write commits. */
export interface ChangeEvent {
  event: 'talk.changed';
  talkId: TalkId;
  talk: Talk | null;
  notes: Note[];
  /** Set when the background pushed because of a draft, not a note. */
  draft?: Draft | null;
}

/** Pushed by the background to every view after a recording's hand-marked talk starts changed. */
export interface MarksEvent {
  event: 'marks.changed';
  recording: TalkId;
  /** Its marks now: whole seconds, ascending. */
  starts: number[];
}

/** Everything the background pushes to every view. */
export type BroadcastEvent = ChangeEvent | MarksEvent;

/** A browser command (keyboard shortcut) or toolbar click, forwarded by the background to the tab. */
export interface CommandEvent {
  event: 'command';
  name: CommandName;
}

/** The manifest's commands that reach a tab (wxt.config.ts). */
export const COMMAND_NAMES = ['focus-note', 'toggle-sidebar', 'capture-caption', 'capture-slide'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Whether a message is an event (pushed) rather than a request (asked). */
export function isEvent(m: unknown): m is { event: unknown } {
  return typeof m === 'object' && m !== null && 'event' in m;
}

export const isChangeEvent = (m: unknown): m is ChangeEvent => isEvent(m) && m.event === 'talk.changed';
export const isMarksEvent = (m: unknown): m is MarksEvent => isEvent(m) && m.event === 'marks.changed';
export const isFrameEvent = (m: unknown): m is FrameEvent => isEvent(m) && FRAME_EVENTS.has(m.event as FrameEvent['event']);
export const isCommandEvent = (m: unknown): m is CommandEvent =>
  isEvent(m) && m.event === 'command' && isCommandName((m as Partial<CommandEvent>).name);
export const isCommandName = (name: unknown): name is CommandName => (COMMAND_NAMES as readonly unknown[]).includes(name);
