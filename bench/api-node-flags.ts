import { readFileSync } from 'node:fs';

/**
 * The Node flags production runs the API with: those of `npm run serve` in the root
 * package.json, read from there so that the benchmarks that start the API in a process of its
 * own (feed, live) start it as production does. Their baselines get the same flags, so a
 * comparison is between servers, not runtime settings.
 */
export function apiNodeFlags(): string[] {
  const manifest = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { scripts: Record<string, string> };
  const serve = manifest.scripts.serve ?? '';
  const match = /^node((?: --[\w-]+(?:=\S+)?)*) apps\/api\/dist\/main\.js$/.exec(serve);
  if (!match) throw new Error(`cannot read the API's Node flags from "serve": ${serve}`);
  return (match[1] ?? '').trim().split(' ').filter(Boolean);
}
