/**
 * Apache 2.4 with mod_dav as a WebDAV server for the sync tests, from a private config
 * (`apache2 -f CONF -DFOREGROUND`) on a free loopback port. Unlike rclone it honours If-Match
 * and gives a file changed within the last second a weak ETag. Apache will not serve as
 * root: run as root (CI, these machines), it serves as www-data from a folder www-data owns.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { PASSWORD, serveProcess, USER, type DavServer } from './webdav';

const MODULES = '/usr/lib/apache2/modules';
const RUN_AS = 'www-data';

export async function startApache(): Promise<DavServer> {
  const root = mkdtempSync(join(tmpdir(), 'talk-notes-apache-'));
  const dir = join(root, 'dav');
  for (const d of [dir, join(root, 'lock'), join(root, 'run')]) mkdirSync(d);
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? (spawnSync('id', ['-u', RUN_AS]).stdout.toString().trim() || null) : null;
  if (owner !== null) {
    const gid = Number(spawnSync('id', ['-g', RUN_AS]).stdout.toString().trim());
    chownSync(root, Number(owner), gid);
    for (const d of ['dav', 'lock', 'run']) chownSync(join(root, d), Number(owner), gid);
  }
  // {SHA} is the one scheme that needs no htpasswd tool.
  const sha = createHash('sha1').update(PASSWORD).digest('base64');
  writeFileSync(join(root, 'htpasswd'), `${USER}:{SHA}${sha}\n`);
  const port = await freePort();
  const conf = join(root, 'httpd.conf');
  writeFileSync(
    conf,
    [
      `ServerRoot ${root}`,
      `ServerName 127.0.0.1`,
      `Listen 127.0.0.1:${port}`,
      `PidFile ${root}/run/httpd.pid`,
      `DefaultRuntimeDir ${root}/run`,
      `ErrorLog ${root}/error.log`,
      ...['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'auth_basic', 'authz_user', 'dav', 'dav_fs'].map(
        (m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`,
      ),
      ...(owner !== null ? [`User ${RUN_AS}`, `Group ${RUN_AS}`] : []),
      `DavLockDB ${root}/lock/DavLock`,
      `DocumentRoot ${dir}`,
      `<Directory ${dir}>`,
      '  Dav On',
      '  AuthType Basic',
      '  AuthName "talk notes test"',
      `  AuthUserFile ${root}/htpasswd`,
      '  Require valid-user',
      '</Directory>',
      '',
    ].join('\n'),
  );
  return serveProcess('apache2', ['-f', conf, '-DFOREGROUND'], { dir, port, remove: root });
}
