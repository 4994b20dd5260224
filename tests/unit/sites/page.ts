import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach } from 'vitest';

const open: Window[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.happyDOM.close()));
});

/** A saved page from tests/fixtures/snippets, with `{{KEY}}` placeholders filled in as text. */
export function snippet(name: string, vars: Record<string, string> = {}): string {
  const html = readFileSync(resolve('tests/fixtures/snippets', name), 'utf8');
  return html.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(vars[key] ?? ''));
}

/**
 * A page the e2e suite serves (tests/fixtures/<file>) as an adapter sees it before the page's
 * own scripts ran: scripts taken out, JSON-LD (data, not code) kept.
 */
export function fixturePage(file: string): string {
  const html = readFileSync(resolve('tests/fixtures', file), 'utf8');
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
}

/**
 * The page after its own scripts drew the player: each `<template data-into="selector">` of a
 * fixture page holds the markup its script puts there (happy-dom runs no page scripts).
 */
export function drawPlayers(doc: Document): Document {
  for (const t of doc.querySelectorAll<HTMLTemplateElement>('template[data-into]')) {
    const into = doc.querySelector(t.dataset.into!);
    if (!into) throw new Error(`the fixture's template wants ${t.dataset.into}, which the page lacks`);
    into.append(t.content.cloneNode(true));
  }
  return doc;
}

/** A document at `url` with `html` parsed into it, in its own window (closed after the test). */
export function page(url: string, html: string): { win: Window; doc: Document } {
  const win = new Window({ url });
  open.push(win);
  win.document.write(html);
  return { win, doc: win.document as unknown as Document };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface MediaState {
  currentTime: number;
  duration: number;
  readyState: number;
  currentSrc: string;
  src: string;
  paused: boolean;
}

/**
 * Makes a real `<video>` element scriptable like a playing one: the test sets `currentTime`,
 * `currentSrc`, `readyState` and `duration` itself and dispatches the media events.
 */
export function stubMedia(video: HTMLVideoElement, init: Partial<MediaState> = {}): { plays: () => number } {
  const state: MediaState = { currentTime: 0, duration: NaN, readyState: 4, currentSrc: '', src: '', paused: true, ...init };
  for (const key of Object.keys(state) as (keyof MediaState)[]) {
    Object.defineProperty(video, key, {
      configurable: true,
      get: () => state[key],
      set: (v: never) => {
        state[key] = v;
      },
    });
  }
  let plays = 0;
  video.play = () => {
    plays++;
    state.paused = false;
    return Promise.resolve();
  };
  return { plays: () => plays };
}
