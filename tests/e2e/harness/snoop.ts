// What the hostile page script (tests/fixtures/shared/snoop.js) could read.
import type { BrowserPage as Page } from './types';

export interface SnoopReport {
  html: string;
  serializedHtml: string;
  openShadowRoots: string[];
  capturedShadowRoots: string[];
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  indexedDB: { name: string; stores: Record<string, string[]> }[];
  selection: string;
  /** `type:key`, e.g. `keydown:a`. */
  keys: string[];
  inputs: string[];
  messages: string[];
}

export function snoop(page: Page): Promise<SnoopReport> {
  return page.evaluate(() => (window as unknown as { __snoop(): Promise<SnoopReport> }).__snoop());
}

/**
 * The parts of the report where `secret` shows. Keys are seen one at a time, so they are
 * joined back into the typed text before searching.
 */
export function leaksOf(report: SnoopReport, secret: string): string[] {
  const typed = (type: string) => report.keys.filter((k) => k.startsWith(`${type}:`)).map((k) => k.slice(type.length + 1)).filter((k) => k.length === 1).join('');
  const places: Record<string, string> = {
    html: report.html,
    serializedHtml: report.serializedHtml,
    openShadowRoots: report.openShadowRoots.join('\n'),
    capturedShadowRoots: report.capturedShadowRoots.join('\n'),
    localStorage: JSON.stringify(report.localStorage),
    sessionStorage: JSON.stringify(report.sessionStorage),
    indexedDB: JSON.stringify(report.indexedDB),
    selection: report.selection,
    keydown: typed('keydown'),
    keypress: typed('keypress'),
    keyup: typed('keyup'),
    inputs: report.inputs.join('\n'),
    messages: report.messages.join('\n'),
  };
  return Object.entries(places).filter(([, text]) => text.includes(secret)).map(([place]) => place);
}
