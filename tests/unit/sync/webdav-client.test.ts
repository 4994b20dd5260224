import { describe, expect, it } from 'vitest';
import { WebDavClient } from '@/utils/sync/webdav-client';
import { parseServerUrl } from '@/utils/sync/server-url';

describe('parseServerUrl', () => {
  it('makes the address a folder, without query or fragment', () => {
    expect(parseServerUrl(' https://cloud.example/dav/files/me/Notes?x=1#y ').href).toBe('https://cloud.example/dav/files/me/Notes/');
    expect(parseServerUrl('http://127.0.0.1:8080/dav').href).toBe('http://127.0.0.1:8080/dav/');
  });

  it('refuses what would leak the password, or is not an address', () => {
    expect(() => parseServerUrl('http://cloud.example/dav/')).toThrow('The server address must start with https:// (it starts with http:).');
    expect(() => parseServerUrl('https://me:pw@cloud.example/')).toThrow('Put the user name and app password in their own fields, not in the address.');
    expect(() => parseServerUrl('cloud.example/dav')).toThrow('"cloud.example/dav" is not a web address.');
  });
});

describe('WebDavClient.url', () => {
  it('encodes each segment below the folder', () => {
    const client = new WebDavClient({ url: 'https://cloud.example/Talk%20Notes/', user: 'u', password: 'p' });
    expect(client.url('talk-notes/devices/a b#c/').href).toBe('https://cloud.example/Talk%20Notes/talk-notes/devices/a%20b%23c/');
  });
});
