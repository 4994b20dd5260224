import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { validateRequest } from '@/utils/messages/validate';

const rules = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const fromTab: Runtime.MessageSender = { id: 'our-id', tab: { id: 1 } as never, url: 'https://www.youtube.com/watch?v=abcdefghijk' };
const meta = { platform: 'youtube', videoId: 'abcdefghijk', url: 'https://www.youtube.com/watch?v=abcdefghijk', title: 'T', speakers: [] };
const note = { id: '0b8e7f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', at: 3, kind: 'note', text: 'hi' };

describe('requests to the background', () => {
  it('accepts a well-formed request from our content script, keeping only known fields', () => {
    const got = validateRequest({ type: 'note.save', payload: { note: { ...note, extra: 1 }, meta } }, fromTab, rules);
    expect(got).toEqual({ type: 'note.save', payload: { note, meta } });
  });

  it('accepts requests from our own extension pages', () => {
    const page = { id: 'our-id', url: 'chrome-extension://our-id/library.html' };
    expect(validateRequest({ type: 'talk.open', payload: { talkId: 'youtube:abcdefghijk' } }, page, rules).type).toBe('talk.open');
  });

  it.each([
    ['another extension', { id: 'evil', tab: { id: 1 } as never }, /did not come from this extension/],
    ['no tab and not our page', { id: 'our-id', url: 'https://evil.example/' }, /unknown sender/],
  ])('refuses a message from %s', (_, sender, error) => {
    expect(() => validateRequest({ type: 'talk.open', payload: { talkId: 'youtube:abcdefghijk' } }, sender, rules)).toThrow(error);
  });

  it.each([
    ['not an object', 'note.save', /expected a request object/],
    ['an unknown type', { type: 'db.drop', payload: {} }, /type: unknown request/],
    ['a prototype key as type', { type: 'constructor', payload: {} }, /type: unknown request/],
    ['a note with a negative moment', { type: 'note.save', payload: { note: { ...note, at: -1 }, meta } }, /payload.note.at/],
    ['an empty note', { type: 'note.save', payload: { note: { ...note, text: '' }, meta } }, /payload.note.text/],
    ['an unknown kind', { type: 'note.save', payload: { note: { ...note, kind: 'html' }, meta } }, /payload.note.kind/],
    ['a bad note id', { type: 'note.delete', payload: { id: '../../etc' } }, /payload.id/],
    ['a talk id of an unknown platform', { type: 'talk.open', payload: { talkId: 'evil:x' } }, /payload.talkId/],
    ['a javascript: link', { type: 'talk.update', payload: { talkId: 'youtube:abcdefghijk', patch: { links: [{ label: 'x', url: 'javascript:alert(1)' }] }, meta: null } }, /payload.patch.links\[0\].url/],
  ])('refuses %s with an error naming the field', (_, message, error) => {
    expect(() => validateRequest(message, fromTab, rules)).toThrow(error);
  });
});
