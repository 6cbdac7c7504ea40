import { Foundation1732300000000 } from './1732300000000-foundation.js';

/** Every migration, in order. Listed by hand: globbing compiled files is fragile under ESM and bundlers. */
export const migrations = [Foundation1732300000000];
