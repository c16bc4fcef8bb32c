// Entry point for lib/ code that needs the database. Only lib/ may import this.
export { closeDb, createDb, dialectName, getDb, optionsFromEnv, type DbOptions } from './connection';
export { dialectOf, type DialectName } from './dialect';
export { migrateToLatest, MigrationError } from './migrate';
export type * from './schema';
