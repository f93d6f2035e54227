import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The soft limit on open files of this process (every socket is one). */
export function openFileLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((row) => row.startsWith('Max open files'));
  const soft = line?.split(/\s{2,}/)[1];
  return soft === 'unlimited' ? Number.POSITIVE_INFINITY : Number(soft);
}

/**
 * Makes sure this process, and so every child it starts afterwards, may open `needed` files.
 * As root it raises both limits of the running process with prlimit(1); otherwise it can only
 * say what to do. Returns a line for the report.
 */
export function ensureOpenFileLimit(needed: number): string {
  const before = openFileLimit();
  if (before >= needed) return `open files: limit ${before}, enough for ${needed}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`open files limited to ${before}, need ${needed}: run \`ulimit -n ${needed}\``);
  }
  execFileSync('prlimit', ['--pid', String(process.pid), `--nofile=${needed}:${needed}`]);
  return `open files: limit raised from ${before} to ${openFileLimit()} with prlimit (root)`;
}
