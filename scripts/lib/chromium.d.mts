import type { ChildProcess } from 'node:child_process';

export const CHROMIUM: string;
export const MAPPED_HOSTS: readonly string[];
export function chromiumArgs(extensionDir: string, serverPort: number, hosts?: readonly string[]): string[];
export function serverSpki(port: number, servername?: string): Promise<string>;

export interface SpawnOptions {
  extensionDir: string;
  server: { port: number };
  url: string;
  headless?: boolean;
  /** Kept on close; by default a fresh profile is made and removed. */
  profileDir?: string;
  /** Opens a DevTools endpoint for connectOverCDP. */
  debug?: boolean;
  hosts?: readonly string[];
  extraArgs?: string[];
  /** Where Chromium's stderr goes. */
  log?: 'ignore' | 'inherit' | number;
}

export interface SpawnedChromium {
  child: ChildProcess;
  endpoint: string | null;
  profile: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  close(): Promise<void>;
}

export function spawnChromium(options: SpawnOptions): Promise<SpawnedChromium>;
