/**
 * Slides as files: each image goes to `blobs/<SHA-256 of its bytes>` once (written by
 * whichever device first sends a note that shows it; a name already there is the same bytes),
 * encrypted like every file when the library is. A change file or snapshot names, in its
 * header, the blob of each live slide note it holds; a reader that lacks such an image notes
 * it as wanted and fetches it, checking its hash and kind, before it merges the file's records:
 * so a note arrives with its picture, not before it. One not on the server yet stays wanted
 * (saved with the reader's cursor) and is fetched at a later sync.
 */
import type { Dataset } from '@/utils/model/dataset';
import { SLIDE_MAX_BYTES } from '@/utils/model/slide';
import type { Note } from '@/utils/model/types';
import { startsAs } from '@/utils/formats/slide-data';
import { decrypt, encrypt, isEncrypted } from '@/utils/sync/crypto';
import { SyncError } from '@/utils/sync/errors';
import { BLOB_NAME, BLOBS } from '@/utils/sync/layout';
import { atomicPut, toHex } from '@/utils/sync/library';
import type { SyncContext } from '@/utils/sync/context';

/** Image id → blob name, as a file's header carries them. */
export type BlobNames = Record<string, string>;

/** What encryption adds to a file: its mark, IV and tag. */
const SEALING_BYTES = 4 + 12 + 16;

function liveSlides(data: Dataset): Note[] {
  return data.notes.filter((n) => n.slide !== undefined && n.deletedAt === undefined);
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/**
 * Puts on the server every image the live slide notes of `data` show that it does not hold
 * yet (their bytes counted in `ctx.slideBytesSent`); answers their blob names for the file's header. An image this
 * device does not hold (its note came from another device, its image not yet) is left out.
 */
export async function sendSlides(ctx: SyncContext, data: Dataset): Promise<{ names: BlobNames }> {
  const slides = ctx.local.slides;
  const notes = liveSlides(data);
  const names: BlobNames = {};
  if (slides === undefined || notes.length === 0) return { names };
  const known = { ...ctx.state.blobs };
  let onServer: Set<string> | null = null;
  for (const note of notes) {
    const id = note.slide!.imageId;
    if (known[id] === undefined) {
      const image = await slides.read(id);
      if (image === null) continue;
      const name = await sha256Hex(image);
      if (onServer === null) onServer = await listBlobs(ctx);
      if (!onServer.has(name)) {
        const path = `${BLOBS}${name}`;
        const body = ctx.key === null ? image : await encrypt(ctx.key, image, path);
        // Not moved: another device put the same bytes there first.
        if (await atomicPut(ctx.remote, BLOBS, path, body, false)) ctx.slideBytesSent += body.length;
        onServer.add(name);
      }
      known[id] = name;
    }
    names[id] = known[id]!;
  }
  await ctx.update({ blobs: known });
  return { names };
}

async function listBlobs(ctx: SyncContext): Promise<Set<string>> {
  const entries = await ctx.remote.list(BLOBS);
  if (entries === null) {
    await ctx.remote.mkcol(BLOBS);
    return new Set();
  }
  return new Set(entries.filter((e) => !e.collection).map((e) => e.name));
}

/** Before merging a file: the images its live slide notes show that this device lacks become wanted (saved). */
export async function wantSlides(ctx: SyncContext, names: BlobNames | undefined, data: Dataset): Promise<void> {
  const slides = ctx.local.slides;
  if (slides === undefined || names === undefined) return;
  const notes = liveSlides(data).filter((n) => names[n.slide!.imageId] !== undefined);
  if (notes.length === 0) return;
  const held = await slides.held(notes.map((n) => n.slide!.imageId));
  const blobs = { ...ctx.state.blobs };
  const wanted = { ...ctx.state.wanted };
  for (const note of notes) {
    const { imageId, type, width, height } = note.slide!;
    blobs[imageId] = names[imageId]!;
    const { id: noteId, createdAt, updatedAt } = note;
    if (!held.has(imageId)) wanted[imageId] = { blob: names[imageId]!, image: { id: imageId, noteId, type, width, height, createdAt, updatedAt } };
  }
  await ctx.update({ blobs, wanted });
}

/**
 * Fetches the wanted images not tried yet in this sync. One not on the server yet stays wanted; one whose bytes are not
 * what its name and note say is dropped and said (its note keeps its text). Answers the
 * problems and the bytes read.
 */
export async function fetchSlides(ctx: SyncContext): Promise<{ fetched: number; bytes: number; problems: SyncError[] }> {
  const slides = ctx.local.slides;
  const out = { fetched: 0, bytes: 0, problems: [] as SyncError[] };
  if (slides === undefined) return out;
  for (const [imageId, want] of Object.entries(ctx.state.wanted ?? {})) {
    if (ctx.slidesTried.has(imageId)) continue;
    ctx.slidesTried.add(imageId);
    const path = `${BLOBS}${want.blob}`;
    const raw = BLOB_NAME.test(want.blob) ? await ctx.remote.get(path) : null;
    if (raw === null) {
      out.problems.push(new SyncError('missing', `A slide's image (${path}) is not on the server yet; its note shows without it until it is.`));
      continue;
    }
    out.bytes += raw.length;
    const image = await openBlob(ctx.key, raw, path);
    if (image !== null && startsAs(image, want.image.type) && (await sha256Hex(image)) === want.blob) {
      await slides.keep(want.image, image);
      out.fetched++;
    } else {
      out.problems.push(new SyncError('damaged', `A slide's image on the server (${path}) is damaged; its note was kept without it.`));
    }
    const { [imageId]: _done, ...rest } = ctx.state.wanted ?? {};
    await ctx.update({ wanted: rest });
  }
  return out;
}

async function openBlob(key: CryptoKey | null, raw: Uint8Array<ArrayBuffer>, path: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (raw.length > SLIDE_MAX_BYTES + SEALING_BYTES) return null;
  if (key === null) return isEncrypted(raw) ? null : raw;
  return isEncrypted(raw) ? decrypt(key, raw, path) : null;
}
