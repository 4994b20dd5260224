// `npm start` as a person runs it: the script itself, in a child process.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, REPO_ROOT } from './harness/paths';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runStart(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs', ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const withoutDisplay = (): NodeJS.ProcessEnv => {
  const { DISPLAY: _d, WAYLAND_DISPLAY: _w, ...env } = process.env;
  return env;
};

describe('npm start', () => {
  it('--check opens the demo talk headless with the extension and finds the sidebar on it', async () => {
    const run = await runStart(['--check'], withoutDisplay());
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^OK: the Talk Notes sidebar is on the demo talk \(https:\/\/www\.youtube\.com\/watch\?v=wCa-2016Amx\)/m);
    expect(run.code).toBe(0);
  });

  it('without a display says so and explains how to load the built extension by hand', async () => {
    const started = Date.now();
    const run = await runStart([], withoutDisplay());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No display found');
    expect(run.stdout).toContain('chrome://extensions');
    expect(run.stdout).toContain('Developer mode');
    expect(run.stdout).toContain(`"Load unpacked" and choose ${CHROME_EXTENSION_DIR.replace(/\/$/, '')}`);
    expect(run.stdout).not.toContain('OK:');
    // It did not wait for a browser (a build, if one was due, takes a few seconds).
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
