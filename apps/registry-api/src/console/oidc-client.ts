import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { importJWK, type JWK } from 'jose';
import * as client from 'openid-client';
import type { AppConfig, OidcConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { signInChecksOf } from './session-secret.js';

/** Where the provider sends the browser after RP-initiated sign-out: the console's sign-in. */
export const SIGNED_OUT_PATH = '/login';

const DISCOVERY_TIMEOUT_SECONDS = 10;

/**
 * The console's OpenID Connect client (openid-client): the authorization code flow with PKCE (S256),
 * state and nonce, and RP-initiated sign-out. The provider's metadata is discovered from OIDC_ISSUER on
 * first use and kept; a failed discovery is tried again on the next sign-in. ID token signatures are
 * checked against the provider's keys too, although the token endpoint is reached over TLS.
 *
 * Nothing the provider returns is kept: the ID token's claims become the session's identity, and the
 * tokens themselves are dropped (so sign-out sends no id_token_hint, only client_id).
 */
@Injectable()
export class OidcClient implements OnModuleInit {
  private readonly logger = new Logger('ConsoleOidc');
  private readonly settings: OidcConfig | undefined;
  private configuration: Promise<client.Configuration> | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const signIn = config.console.signIn;
    this.settings = signIn.kind === 'oidc' ? signIn : undefined;
  }

  onModuleInit(): void {
    if (this.settings?.allowHttp) {
      this.logger.warn('OIDC_ALLOW_HTTP=true: an http identity provider and a session cookie without Secure are allowed; for tests only');
    }
  }

  /** The provider's authorization endpoint with this sign-in's state, nonce and PKCE challenge. */
  async authorizationUrl(signInSecret: string): Promise<URL> {
    const settings = this.oidc();
    const configuration = await this.discovered();
    const checks = signInChecksOf(signInSecret);
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUri,
      scope: settings.scopes,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Checks the provider's answer (state, issuer), redeems the code with the PKCE verifier, and checks the
   * ID token (signature, issuer, audience, expiry, nonce). Its claims, or an error naming what failed.
   */
  async complete(signInSecret: string, callbackQuery: string): Promise<Record<string, unknown>> {
    const settings = this.oidc();
    const configuration = await this.discovered();
    const checks = signInChecksOf(signInSecret);
    // The URL the provider was told, not one built from this request's Host header.
    const current = new URL(settings.redirectUri);
    current.search = callbackQuery;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    return claims as Record<string, unknown>;
  }

  /** The provider's end_session_endpoint for RP-initiated sign-out, or the sign-in page if it has none. */
  async signOutUrl(): Promise<string> {
    const settings = this.oidc();
    const postLogout = new URL(SIGNED_OUT_PATH, settings.redirectUri).href;
    let configuration: client.Configuration;
    try {
      configuration = await this.discovered();
    } catch {
      return SIGNED_OUT_PATH;
    }
    if (!configuration.serverMetadata().end_session_endpoint) return SIGNED_OUT_PATH;
    return client.buildEndSessionUrl(configuration, { client_id: settings.clientId, post_logout_redirect_uri: postLogout }).href;
  }

  private oidc(): OidcConfig {
    if (!this.settings) throw new Error('OpenID Connect is not configured');
    return this.settings;
  }

  private discovered(): Promise<client.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async discover(): Promise<client.Configuration> {
    const settings = this.oidc();
    const authentication = settings.clientSecret
      ? client.ClientSecretBasic(settings.clientSecret)
      : client.PrivateKeyJwt(await privateKeyFrom(settings.clientPrivateKeyFile as string));
    const configuration = await client.discovery(new URL(settings.issuer), settings.clientId, undefined, authentication, {
      execute: settings.allowHttp ? [client.allowInsecureRequests] : [],
      timeout: DISCOVERY_TIMEOUT_SECONDS,
    });
    client.enableNonRepudiationChecks(configuration);
    return configuration;
  }
}

/** OIDC_CLIENT_PRIVATE_KEY_FILE: one private JWK with its `alg` (and `kid`, which the provider may need). */
async function privateKeyFrom(file: string): Promise<client.PrivateKey> {
  const jwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
  if (typeof jwk.alg !== 'string' || typeof jwk.d !== 'string') {
    throw new Error('OIDC_CLIENT_PRIVATE_KEY_FILE must hold one private JWK with its alg');
  }
  const key = await importJWK(jwk, jwk.alg);
  if (key instanceof Uint8Array) throw new Error('OIDC_CLIENT_PRIVATE_KEY_FILE must hold an asymmetric private key');
  return { key, kid: jwk.kid };
}
