// Reads the file names in a zip archive (its central directory), with no zip tool installed,
// and says which of them a store's sources upload must not hold.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Names of the entries in `zip` (a Buffer), in archive order. */
export function zipEntries(zip) {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`broken zip: no central directory entry at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Test code, fixture sites and media: the reviewers rebuild the add-on without them. */
const FORBIDDEN = [/^tests\//, /(^|\/)fixtures\//, /\.(webm|mp4|mkv|ogv)$/i, /^\.output\//, /^node_modules\//];

/** What in a sources upload should not be there, and what must be there to rebuild. */
export function sourcesProblems(names) {
  const problems = names.filter((n) => FORBIDDEN.some((re) => re.test(n))).map((n) => `must not be included: ${n}`);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts']) {
    if (!names.includes(needed)) problems.push(`missing: ${needed}`);
  }
  return problems;
}
