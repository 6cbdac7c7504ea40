import { formatVerifierKey, witnessKey } from '@registry/audit';
import { loadOrCreateKey, startWitness } from './witness-server.js';

/**
 * `npm run witness`: a witness for the registry's audit log, to run under other credentials than the
 * service (another host, another operator). Settings:
 *   WITNESS_NAME        key name (default witness.local/w1)
 *   WITNESS_KEY_FILE    its Ed25519 private key, created on first start (default ./witness/key.jwk)
 *   WITNESS_STATE_FILE  the latest checkpoint cosigned per log (default ./witness/state.json)
 *   WITNESS_LOGS        comma-separated verifier keys of the logs (`npm run audit -- public-key --note`)
 *   WITNESS_HOST, WITNESS_PORT  where it listens (default 127.0.0.1:3100)
 * `npm run witness -- public-key` prints its verifier key, for AUDIT_WITNESSES and `audit verify --witness-key`.
 */
async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const name = env.WITNESS_NAME || 'witness.local/w1';
  const keyFile = env.WITNESS_KEY_FILE || './witness/key.jwk';
  if (argv[0] === 'public-key') {
    process.stdout.write(`${formatVerifierKey(witnessKey(name, await loadOrCreateKey(keyFile)))}\n`);
    return 0;
  }
  if (argv.length > 0) {
    process.stderr.write('usage: npm run witness [-- public-key]\n');
    return 2;
  }
  const witness = await startWitness({
    name,
    keyFile,
    stateFile: env.WITNESS_STATE_FILE || './witness/state.json',
    logs: (env.WITNESS_LOGS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== ''),
    host: env.WITNESS_HOST || '127.0.0.1',
    port: Number(env.WITNESS_PORT || 3100),
  });
  process.stdout.write(`witness ${name} listening on ${witness.url}\nverifier key: ${witness.verifierKey}\n`);
  const stop = () => void witness.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

const code = await main(process.argv.slice(2), process.env).catch((error: unknown) => {
  process.stderr.write(`witness failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
  return 1;
});
if (code >= 0) process.exitCode = code;
