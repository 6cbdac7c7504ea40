import { Foundation1732300000000 } from './1732300000000-foundation.js';
import { ProtectedRegistry1732300001000 } from './1732300001000-protected-registry.js';

/** Every migration, in order. Listed by hand: globbing compiled files is fragile under ESM and bundlers. */
export const migrations = [Foundation1732300000000, ProtectedRegistry1732300001000];
