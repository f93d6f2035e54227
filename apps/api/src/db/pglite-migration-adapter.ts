import { messages, PGlite } from '@electric-sql/pglite';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { pgliteExtensions } from './pglite-extensions.ts';

export type PGliteMigrationAdapter = SqlMigrationAwareDriverAdapterFactory & {
  closeShadows(): Promise<void>;
};

/**
 * PrismaPGlite as the schema engine needs it. The adapter's executeScript starts the script
 * without awaiting it, so a failing migration would be recorded as applied and its error would
 * surface as an unhandled rejection; and the in-memory shadow databases it opens are never closed.
 */
export function pgliteMigrationAdapter(client: PGlite): PGliteMigrationAdapter {
  const shadows: PGlite[] = [];
  const factory = new PrismaPGlite(client);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => awaitingScripts(await factory.connect(), client),
    connectToShadowDb: async () => {
      const shadow = new PGlite({ extensions: pgliteExtensions });
      shadows.push(shadow);
      return awaitingScripts(await new PrismaPGlite(shadow).connect(), shadow);
    },
    closeShadows: async () => {
      await Promise.all(shadows.splice(0).map((shadow) => shadow.close()));
    },
  };
}

function awaitingScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    try {
      await client.exec(script);
    } catch (error) {
      throw asAdapterError(error);
    }
  };
  return adapter;
}

/** In this shape the engine shows the database's message (and logs it in _prisma_migrations). */
function asAdapterError(error: unknown): unknown {
  if (!(error instanceof messages.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code ?? 'N/A',
    severity: error.severity ?? 'N/A',
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
    originalCode: error.code,
    originalMessage: error.message,
  });
}
