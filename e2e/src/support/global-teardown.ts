import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const launcher = (globalThis as { launcher?: ChildProcess }).launcher;
  if (!launcher || launcher.exitCode !== null) return;
  const exited = new Promise((resolve) => launcher.once('exit', resolve));
  launcher.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}
