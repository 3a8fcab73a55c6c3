// Jest globalTeardown of the `build` project: stops a shared build still running (a run that
// ended early) and removes the builds of test/setup/builds.ts.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { BUILDS_ENV } from '../browser/support/builds';

export default function removeBuilds(): void {
  const running = (globalThis as Record<string, unknown>).__spridningsloggRunningBuilds as
    Set<ChildProcess> | undefined;
  for (const child of [...(running ?? [])]) {
    running!.delete(child); // its record is not written then (builds.ts): the folder goes below
    child.kill('SIGTERM');
  }
  const root = process.env[BUILDS_ENV];
  if (root) rmSync(root, { recursive: true, force: true });
}
