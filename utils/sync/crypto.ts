/**
 * End-to-end encryption of the files on the server, with WebCrypto (in service workers,
 * pages and Node alike): AES-GCM-256 under a key derived from the person's passphrase with
 * PBKDF2-SHA-256 and the library's own random salt. Each file is bound to its path as
 * additional data, so the server cannot pass one file off as another.
 *
 *   file = "TNE1" | 12-byte random IV | ciphertext with its 16-byte tag
 */

const MAGIC = new TextEncoder().encode('TNE1');
const IV_BYTES = 12;
/** OWASP's figure for PBKDF2-SHA-256 (2023). */
export const DEFAULT_ITERATIONS = 600_000;
/** Bounds on what a manifest may ask for: fewer is weak, many more would hang the worker. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encrypt(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, path: string): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(path) }, key, plain));
  const out = new Uint8Array(MAGIC.length + IV_BYTES + sealed.length);
  out.set(MAGIC, 0);
  out.set(iv, MAGIC.length);
  out.set(sealed, MAGIC.length + IV_BYTES);
  return out;
}

/** The plain bytes; null when the file is not ours, cut short, altered, or under another key. */
export async function decrypt(key: CryptoKey, file: Uint8Array, path: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!isEncrypted(file) || file.length < MAGIC.length + IV_BYTES + 16) return null;
  const iv = file.slice(MAGIC.length, MAGIC.length + IV_BYTES);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad(path) }, key, file.slice(MAGIC.length + IV_BYTES));
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

export function isEncrypted(file: Uint8Array): boolean {
  return MAGIC.every((b, i) => file[i] === b);
}

function aad(path: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`talk-notes:${path}`);
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Null when `text` is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const s = atob(text);
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
