export interface Retried {
  file: string;
  test: string;
  browser: string;
  retries: number;
}
export interface KnownFlake {
  file: string;
  test: string;
  browsers: ('chromium' | 'firefox')[];
  reason: string;
}
export function readKnownFlakes(path: string): KnownFlake[];
export function checkRetries(retried: Retried[], known: KnownFlake[]): { listed: (Retried & { reason: string })[]; unknown: Retried[] };
