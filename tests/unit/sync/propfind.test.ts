import { describe, expect, it } from 'vitest';
import { parseMultistatus } from '@/utils/sync/propfind';

// As Apache mod_dav answers: `lp1:` prefixes, a 404 propstat, full hrefs with escapes.
const APACHE = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/dav/Talk%20Notes/devices/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype><lp1:getetag>"1000-5f"</lp1:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
<D:propstat><D:prop><lp1:getcontentlength/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:">
<D:href>http://dav.example/dav/Talk%20Notes/devices/c-0000000001.tn</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>1234</lp1:getcontentlength><lp1:getetag>W/"4d2-5f"</lp1:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:">
<D:href>/dav/Talk%20Notes/devices/abcdef0123/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>`;

describe('parseMultistatus', () => {
  it('lists the folder’s children, whatever the namespace prefixes, without the folder itself', () => {
    expect(parseMultistatus(APACHE, '/dav/Talk%20Notes/devices/')).toEqual([
      { name: 'c-0000000001.tn', collection: false, size: 1234, etag: 'W/"4d2-5f"' },
      { name: 'abcdef0123', collection: true, size: undefined, etag: undefined },
    ]);
  });

  it('reads a reply without prefixes and with one entry', () => {
    const xml = `<multistatus xmlns="DAV:"><response><href>/x/a.tn</href><propstat><prop><getcontentlength>5</getcontentlength><resourcetype/></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    expect(parseMultistatus(xml, '/x/')).toEqual([{ name: 'a.tn', collection: false, size: 5, etag: undefined }]);
  });

  it('refuses what is not a multistatus: a login page, broken XML', () => {
    expect(() => parseMultistatus('<html><body>Sign in</body></html>', '/x/')).toThrow('the folder listing is not a WebDAV multistatus');
    expect(() => parseMultistatus('<multistatus xmlns="DAV:"><response><href>/x/a</href>', '/x/')).toThrow('the folder listing is not valid XML');
  });
});
