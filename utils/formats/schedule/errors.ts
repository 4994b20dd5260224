/** Why a file could not be read as a schedule; the message is written for the person who chose the file. */
export type ScheduleErrorCode =
  | 'not-a-schedule'
  | 'unknown-version'
  | 'malformed'
  | 'too-large'
  | 'too-many-events'
  | 'no-time-zone'
  | 'invalid-event';

export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
  constructor(
    readonly code: ScheduleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Larger files are refused before they are parsed: no published programme comes near it. */
export const MAX_SCHEDULE_BYTES = 20 * 1024 * 1024;
export const MAX_SCHEDULE_EVENTS = 10_000;

export function checkEventCount(count: number): void {
  if (count > MAX_SCHEDULE_EVENTS) {
    throw new ScheduleError(
      'too-many-events',
      `This schedule lists ${count.toLocaleString('en')} events; at most ${MAX_SCHEDULE_EVENTS.toLocaleString('en')} can be imported.`,
    );
  }
}
