export { ROLES, isRole, type Role } from './roles.js';
export { AuthenticationError } from './errors.js';
export { principalFromClaims, hasRole, type Principal, type MunicipalityCodeCheck } from './principal.js';
export {
  createTokenVerifier,
  bearerToken,
  ACCEPTED_ALGORITHMS,
  CLOCK_TOLERANCE_SECONDS,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  type KeySource,
  type TokenVerifier,
  type TokenVerifierOptions,
} from './token-verifier.js';
export { DEV_AUDIENCE, DEV_ISSUER, devJwks, signDevToken, type DevTokenRequest } from './dev-identity.js';
