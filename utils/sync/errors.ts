/**
 * What can go wrong talking to the person's WebDAV server, each with words for them: what
 * happened and what to do. The engine and the scheduler decide on `kind` (retry soon, wait
 * for new settings, …); the UI shows `message`.
 */
export type SyncErrorKind =
  /** No answer at all: offline, wrong address, server down, connection cut. */
  | 'offline'
  /** 401: the user name or app password is wrong. */
  | 'auth'
  /** 403: the account may not write there. */
  | 'forbidden'
  /** 507: the server's space is used up. */
  | 'full'
  /** 404 where something must exist (a folder vanished, a file deleted while read). */
  | 'missing'
  /** 409/412/423: the server refused because of what is already there. */
  | 'conflict'
  /** 5xx and anything else unexpected from the server. */
  | 'server'
  /** The server answered something that is not WebDAV (a web page, a login portal, bad XML). */
  | 'protocol'
  /** A file on the server is incomplete or damaged (cannot be parsed or decrypted). */
  | 'damaged'
  /** The passphrase is missing or does not open the library. */
  | 'passphrase'
  /** The library on the server was written by a newer version, or is not ours. */
  | 'incompatible';

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    /** HTTP status, when the server answered. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Kinds that fixing settings (or the server) cures, not waiting: automatic retries stop. */
export const NEEDS_PERSON: ReadonlySet<SyncErrorKind> = new Set(['auth', 'forbidden', 'passphrase', 'incompatible']);

/** The typed error for an HTTP status the request did not expect; `what` names the request for the message. */
export function errorForStatus(status: number, host: string, what: string): SyncError {
  switch (status) {
    case 401:
      return new SyncError('auth', `The server ${host} did not accept the user name and app password. Check them in the sync settings.`, status);
    case 403:
      return new SyncError(
        'forbidden',
        `The server ${host} refused access (${what}). Check that the account may write to this folder, or choose another folder.`,
        status,
      );
    case 507:
      return new SyncError(
        'full',
        `The server ${host} is out of space, so nothing more can be synced. Free space on the server or raise your quota; your notes stay safe in this browser.`,
        status,
      );
    case 404:
      return new SyncError('missing', `The server ${host} has no such folder or file (${what}). Check the server address.`, status);
    case 409:
    case 412:
    case 423:
      return new SyncError('conflict', `The server ${host} refused ${what} because of what is already there (HTTP ${status}). Sync will try again.`, status);
    default:
      if (status >= 500) {
        return new SyncError('server', `The server ${host} had a problem (HTTP ${status}) during ${what}. Sync will try again later.`, status);
      }
      return new SyncError('protocol', `The server ${host} answered ${what} unexpectedly (HTTP ${status}). Check the server address.`, status);
  }
}
