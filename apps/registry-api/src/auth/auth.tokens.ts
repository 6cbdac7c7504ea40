/** Injection token for the TokenVerifier built from the configuration. */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
