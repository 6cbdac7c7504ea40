/*
 * Errors of this library. Messages never carry plaintext, identity numbers or key material: they may end up
 * in logs and, for INTEGRITY_ERROR, in a client's GraphQL error.
 */

/** A sealed value or wrapped data key failed authentication: tampered, moved to another row/column/table, or opened with the wrong key. */
export class IntegrityError extends Error {
  readonly code = 'INTEGRITY_ERROR' as const;

  constructor(message = 'a protected value failed authentication') {
    super(message);
    this.name = 'IntegrityError';
  }
}

/** A wrapped data key names a key-encryption key version that the key ring no longer (or never) held. */
export class KeyUnavailableError extends Error {
  readonly code = 'KEY_UNAVAILABLE' as const;

  constructor(readonly kekVersion: number) {
    super(
      `key-encryption key version ${kekVersion} is not in the key ring; restore it, or re-wrap the data keys that use it before removing it`,
    );
    this.name = 'KeyUnavailableError';
  }
}

/** The key ring (JSON or file) is malformed, or an operation on it is refused. */
export class KeyRingError extends Error {
  readonly code = 'KEY_RING_INVALID' as const;

  constructor(message: string) {
    super(message);
    this.name = 'KeyRingError';
  }
}

/** Not a valid Swedish personal identity number or coordination number. Contract code BAD_USER_INPUT; the number is never repeated. */
export class InvalidIdentityNumberError extends Error {
  readonly code = 'BAD_USER_INPUT' as const;

  constructor() {
    super('not a valid Swedish personal identity number or coordination number');
    this.name = 'InvalidIdentityNumberError';
  }
}
