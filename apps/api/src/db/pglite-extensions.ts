import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * PostgreSQL extensions the schema relies on, loaded into every PGlite instance (the data
 * folder, and the shadow databases that migrations are diffed on). A server has them as
 * contrib modules; the migrations run CREATE EXTENSION on both.
 */
export const pgliteExtensions = { pg_trgm };
