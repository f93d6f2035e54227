import type {
  SqlDriverAdapterFactory,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

/** One database as both Prisma Client and the schema engine need it. */
export type Driver = {
  kind: 'pglite' | 'postgres';
  clientAdapter: SqlDriverAdapterFactory;
  /** Lends the schema engine an adapter for the duration of `work` only (see the drivers). */
  withMigrationAdapter<T>(
    work: (adapter: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
  ): Promise<T>;
  /** Releases what Prisma's $disconnect leaves open (the PGlite instance, the pg pool). */
  close(): Promise<void>;
};
