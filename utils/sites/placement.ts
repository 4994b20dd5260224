/**
 * Where the sidebar sits on a page: beside the player, never over it. A CSS selector of the
 * element to put it first into, or null for a floating panel at the page's right edge.
 */
export function sidebarAnchor(adapterId: string): string | null {
  switch (adapterId) {
    case 'youtube':
      // The column of related videos: beside the player in default view, below it in theater mode.
      return 'ytd-watch-flexy #secondary';
    default:
      return null;
  }
}

/** Whether the page is in a dark theme, as the site says it. */
export function pageIsDark(adapterId: string, doc: Document = document): boolean {
  if (adapterId === 'youtube') return doc.documentElement.hasAttribute('dark');
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
