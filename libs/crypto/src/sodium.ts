/**
 * The one place that loads libsodium. Its WebAssembly module initialises asynchronously, so every
 * process awaits `ready()` once at start-up; after that every function of this library is synchronous.
 *
 * Import form: `import sodium from 'libsodium-wrappers'` (the default export) resolves to the package's
 * ESM build under Node ESM and under jest's native ESM mode alike, and its bundled `.d.mts` types match.
 * The namespace form (`import * as sodium`) does NOT work: that build exports only helpers
 * (ready, to_hex, ...) by name and attaches the crypto_* functions to the default object at init.
 */
import libsodium from 'libsodium-wrappers';

export type Sodium = typeof libsodium;

let initialised: Sodium | undefined;
let pending: Promise<Sodium> | undefined;

/** Initialises libsodium; safe to call any number of times. */
export function ready(): Promise<void> {
  pending ??= libsodium.ready.then(() => {
    initialised = libsodium;
    return libsodium;
  });
  return pending.then(() => undefined);
}

/** Alias of `ready()`, named for start-up code. */
export const initCrypto = ready;

/** The initialised library; a clear failure instead of "not a function" when start-up skipped `ready()`. */
export function sodium(): Sodium {
  if (initialised === undefined) {
    throw new Error('@registry/crypto used before initialisation: await ready() at start-up');
  }
  return initialised;
}
