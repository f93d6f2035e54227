import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { engineSetTimeout, trackEngineWork } from './engine-timers.ts';

export type { SchemaEngine };

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type ImportObject = Record<string, Record<string, unknown>>;

// Node has WebAssembly, but neither lib ES2023 nor @types/node 20 describes it.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: ImportObject,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

const require = createRequire(import.meta.url);
let glue: Promise<Glue> | undefined;

/**
 * The package's entry point imports its .wasm file as an ES module, which Node cannot do; so the
 * module is instantiated by hand with the JS glue as its import object, once per process.
 */
function loadGlue(): Promise<Glue> {
  glue ??= (async () => {
    const module: Glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const imports = { './schema_engine_bg.js': withTrackedTimers(module) };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    module.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return module;
  })();
  glue.catch(() => {
    glue = undefined;
  });
  return glue;
}

function withTrackedTimers(module: Glue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...module };
  for (const name of Object.keys(module)) {
    if (name.startsWith('__wbg_setTimeout_')) imports[name] = engineSetTimeout;
  }
  return imports;
}

/** Runs `work` with a schema engine that reaches the database through `adapterFactory`. */
export function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  return trackEngineWork(() => runEngine(adapterFactory, work));
}

async function runEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadGlue();
  // The engine calls the factory through Result-returning wrappers and only keeps an id of each
  // thrown error; the bound factory's registry holds the original.
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  let engine: SchemaEngine;
  try {
    // No datamodels: they only serve multiSchema namespaces; every command here passes its schema.
    engine = await SchemaEngine.new({ datamodels: undefined }, logEngine, adapter);
  } catch (error) {
    throw readableError(error, adapter.errorRegistry);
  }
  try {
    return await work(engine);
  } catch (error) {
    throw readableError(error, adapter.errorRegistry);
  } finally {
    engine.free();
  }
}

/** The engine's tracing lines, for when it misbehaves: DEBUG_SCHEMA_ENGINE=1. */
function logEngine(line: string): void {
  if (process.env.DEBUG_SCHEMA_ENGINE) process.stderr.write(`${line.trimEnd()}\n`);
}

export class SchemaEngineError extends Error {
  readonly code: string | undefined;

  constructor(message: string, code: string | undefined, cause: unknown) {
    super(code ? `${code}: ${message}` : message, { cause });
    this.name = 'SchemaEngineError';
    this.code = code;
  }
}

function readableError(error: unknown, registry: ErrorRegistry): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const external = /External error id#(\d+)/.exec(error.message);
  const original = external ? registry.consumeError(Number(external[1]))?.error : undefined;
  // The engine's message says where it failed (which migration); the original says why.
  const message =
    external && original !== undefined
      ? error.message.replace(external[0], describe(original))
      : error.message;
  return new SchemaEngineError(
    message,
    typeof code === 'string' ? code : undefined,
    original ?? error,
  );
}

/** Driver adapter errors keep the database's own message in `cause`, not in `message`. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { originalMessage?: string; message?: string } }).cause;
  const base = error instanceof Error ? error.message : String(error);
  const detail = cause?.originalMessage ?? cause?.message;
  return detail && !base.includes(detail) ? `${base}: ${detail}` : base;
}
