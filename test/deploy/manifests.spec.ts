import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { loadConfiguration } from '../../apps/registry-api/src/config/configuration.js';
import {
  COMPOSE_FILE,
  COMPOSE_YAML,
  DEPLOY_DIR,
  DOCKERFILE,
  DOCKERIGNORE,
  KUBERNETES_YAML,
  ROOT,
  interpolate,
  literalsToEnv,
  manifestsOf,
  parseDockerfile,
  parseYamlFile,
  readKustomization,
  yamlFilesUnder,
  type DockerStage,
  type Manifest,
} from './deploy-files.js';

interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  lifecycle?: { preStop?: { sleep?: { seconds: number }; exec?: { command: string[] } } };
  volumeMounts?: VolumeMount[];
}
interface Volume {
  name: string;
  emptyDir?: object;
  secret?: { secretName: string; defaultMode?: number };
}
interface PodSpec {
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
  restartPolicy?: string;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
  terminationGracePeriodSeconds?: number;
  topologySpreadConstraints?: { topologyKey: string; labelSelector: { matchLabels: Record<string, string> } }[];
  containers: Container[];
  volumes?: Volume[];
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: PodSpec;
}
type Deployment = Manifest & { spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: PodTemplate } };
type Job = Manifest & { spec: { backoffLimit?: number; template: PodTemplate } };
interface PolicyPeer {
  podSelector?: { matchLabels?: Record<string, string> };
  namespaceSelector?: { matchLabels?: Record<string, string> };
  ipBlock?: { cidr: string };
}
interface PolicyRule {
  from?: PolicyPeer[];
  to?: PolicyPeer[];
  ports?: { protocol?: string; port: number }[];
}
type NetworkPolicy = Manifest & {
  spec: { podSelector: { matchLabels: Record<string, string> }; policyTypes: string[]; ingress?: PolicyRule[]; egress?: PolicyRule[] };
};
type ExternalSecret = Manifest & {
  spec: {
    secretStoreRef: { name: string };
    target: { name: string; template?: { type?: string; data?: Record<string, string> } };
    data: { secretKey: string }[];
  };
};
interface ManagedRole {
  name: string;
  ensure?: string;
  login?: boolean;
  superuser?: boolean;
  createdb?: boolean;
  createrole?: boolean;
  passwordSecret?: { name: string };
}
type CnpgCluster = Manifest & {
  spec: {
    instances: number;
    minSyncReplicas?: number;
    postgresql?: { synchronous?: { method: string; number: number }; parameters?: Record<string, string> };
    plugins?: { name: string; isWALArchiver?: boolean; parameters?: Record<string, string> }[];
    backup?: { barmanObjectStore?: { destinationPath: string } };
    bootstrap?: { initdb?: { database?: string; owner?: string } };
    managed?: { roles?: ManagedRole[] };
  };
};
type ScheduledBackup = Manifest & { spec: { schedule: string; cluster: { name: string }; method?: string } };
type Hpa = Manifest & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number } };
type Pdb = Manifest & { spec: { minAvailable?: number; maxUnavailable?: number; selector: { matchLabels: Record<string, string> } } };

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  entrypoint?: string[];
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  configs?: { source: string; target: string }[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[] };
  read_only?: boolean;
  tmpfs?: string[];
  cap_drop?: string[];
  restart?: string;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  configs?: Record<string, { file: string }>;
}

const BASE_DIR = join(DEPLOY_DIR, 'base');
const PRODUCTION_DIR = join(DEPLOY_DIR, 'overlays', 'production');
const API_CLI = 'dist/apps/registry-cli/src/main.js';

const base = readKustomization(BASE_DIR);
const baseManifests = manifestsOf(BASE_DIR, base.resources ?? []);

function find<T extends Manifest>(kind: string, name: string): T {
  const found = baseManifests.filter((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  expect(found).toHaveLength(1);
  return found[0] as T;
}
function ofKind<T extends Manifest>(kind: string): T[] {
  return baseManifests.filter((manifest) => manifest.kind === kind) as T[];
}
function onlyContainer(pod: PodSpec): Container {
  expect(pod.containers).toHaveLength(1);
  return pod.containers[0] as Container;
}
function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

const deployment = find<Deployment>('Deployment', 'registry-api');
const pod = deployment.spec.template.spec;
const api = onlyContainer(pod);
const podLabels = deployment.spec.template.metadata.labels;
const cluster = find<CnpgCluster>('Cluster', 'registry-db');
const apiConfig = literalsToEnv(base.configMapGenerator?.find((generator) => generator.name === 'registry-api-config')?.literals ?? []);
const dockerStages = parseDockerfile(readFileSync(DOCKERFILE, 'utf8'));
const runtimeStage = dockerStages.at(-1) as DockerStage;

/** The hardening both the API pods and the migration Job pods must carry. */
function expectHardenedPod(spec: PodSpec): void {
  expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
  expect(Number.isInteger(spec.securityContext?.runAsUser) && (spec.securityContext?.runAsUser ?? 0) > 0).toBe(true);
  expect(spec.automountServiceAccountToken).toBe(false);
  for (const container of spec.containers) {
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(container.securityContext?.capabilities?.drop).toContain('ALL');
    for (const bound of ['requests', 'limits'] as const) {
      expect(container.resources?.[bound]).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    }
    // A read-only root still needs somewhere for Node and libraries to write temporary files.
    const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
    expect(spec.volumes?.find((volume) => volume.name === tmp?.name)?.emptyDir).toBeDefined();
  }
}

function secretRefOf(container: Container, name: string): { name: string; key: string } | undefined {
  return container.env?.find((variable) => variable.name === name)?.valueFrom?.secretKeyRef;
}

/** The owner's URL: CloudNativePG's generated secret for the database owner, which only migrations use. */
const OWNER_SECRET = `${cluster.metadata.name}-app`;

/**
 * The service's role: declared in the cluster (managed roles), unable to own or create anything, its
 * password from an ExternalSecret that also builds the service's `uri`.
 */
function serviceRole(): { role: ManagedRole; secret: ExternalSecret } {
  const roles = cluster.spec.managed?.roles ?? [];
  expect(roles).toHaveLength(1);
  const role = roles[0] as ManagedRole;
  expect(role).toMatchObject({ ensure: 'present', login: true, superuser: false, createdb: false, createrole: false });
  expect(role.name).not.toBe(cluster.spec.bootstrap?.initdb?.owner);
  const secret = ofKind<ExternalSecret>('ExternalSecret').find((candidate) => candidate.spec.target.name === role.passwordSecret?.name);
  expect(secret).toBeDefined();
  expect(secret?.spec.target.template?.type).toBe('kubernetes.io/basic-auth');
  expect(secret?.spec.target.template?.data?.username).toBe(role.name);
  expect(secret?.spec.target.template?.data?.uri).toMatch(
    new RegExp(
      `^postgresql://${role.name}:\\{\\{ \\.password \\}\\}@${cluster.metadata.name}-rw:5432/${cluster.spec.bootstrap?.initdb?.database}$`,
    ),
  );
  return { role, secret: secret as ExternalSecret };
}

/** The API's DATABASE_URL is the service role's; it never sees the owner's secret. */
function expectServiceDatabaseUrl(container: Container): void {
  expect(secretRefOf(container, 'DATABASE_URL')).toEqual({ name: serviceRole().secret.spec.target.name, key: 'uri' });
  expect(JSON.stringify(container.env ?? [])).not.toContain(OWNER_SECRET);
  expect(secretRefOf(container, 'DATABASE_MIGRATION_URL')).toBeUndefined();
}

describe('every manifest parses', () => {
  const files = [...yamlFilesUnder(DEPLOY_DIR), COMPOSE_FILE];

  it('finds the manifests at all', () => {
    expect(files.map((file) => relative(ROOT, file))).toEqual(
      expect.arrayContaining(['deploy/base/kustomization.yaml', 'deploy/overlays/production/kustomization.yaml', 'docker/compose.yaml']),
    );
  });

  it.each(files.map((file) => [relative(ROOT, file)]))('%s', (file) => {
    const parsed = parseYamlFile(join(ROOT, file), file.startsWith('docker/') ? COMPOSE_YAML : KUBERNETES_YAML);
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents.length).toBeGreaterThan(0);
    for (const document of parsed.documents) {
      expect(document).toEqual(expect.any(Object));
      if (file.startsWith('deploy/')) expect(document).toMatchObject({ apiVersion: expect.any(String), kind: expect.any(String) });
    }
  });
});

describe('kustomizations', () => {
  const directories = [BASE_DIR, PRODUCTION_DIR];

  it.each(directories.map((dir) => [relative(ROOT, dir)]))('%s lists only files that exist', (dir) => {
    const kustomization = readKustomization(join(ROOT, dir));
    for (const resource of kustomization.resources ?? []) {
      const path = join(ROOT, dir, resource);
      expect(existsSync(path) && (statSync(path).isFile() || existsSync(join(path, 'kustomization.yaml')))).toBe(true);
    }
    for (const patch of kustomization.patches ?? []) {
      if (patch.path) expect(existsSync(join(ROOT, dir, patch.path))).toBe(true);
    }
  });

  it.each(directories.map((dir) => [relative(ROOT, dir)]))('%s deploys every manifest file it holds', (dir) => {
    const kustomization = readKustomization(join(ROOT, dir));
    const listed = new Set([...(kustomization.resources ?? []), ...(kustomization.patches ?? []).flatMap((patch) => patch.path ?? [])]);
    const held = yamlFilesUnder(join(ROOT, dir))
      .map((file) => relative(join(ROOT, dir), file))
      .filter((file) => dirname(file) === '.' && file !== 'kustomization.yaml');
    expect(held.filter((file) => !listed.has(file))).toEqual([]);
  });

  it('the production overlay patches only objects the base has', () => {
    const overlay = readKustomization(PRODUCTION_DIR);
    const targets = (overlay.patches ?? []).map((patch) => {
      if (patch.target) return patch.target;
      const [document] = parseYamlFile(join(PRODUCTION_DIR, patch.path ?? ''), KUBERNETES_YAML).documents as Manifest[];
      return { kind: document?.kind, name: document?.metadata.name };
    });
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(baseManifests.some((manifest) => manifest.kind === target.kind && manifest.metadata.name === target.name)).toBe(true);
    }
  });

  it('the production overlay sets the namespace, the image tag, replicas and resources', () => {
    const overlay = readKustomization(PRODUCTION_DIR);
    expect(overlay.namespace).toEqual(expect.stringMatching(/^[a-z0-9-]+$/));
    const image = overlay.images?.find((entry) => entry.name === api.image);
    expect(image?.newTag ?? image?.digest).toEqual(expect.any(String));
    const namespace = manifestsOf(PRODUCTION_DIR, overlay.resources ?? []).find((manifest) => manifest.kind === 'Namespace');
    expect(namespace?.metadata).toMatchObject({ name: overlay.namespace, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } });
    const patch = parseYamlFile(join(PRODUCTION_DIR, 'deployment-production.yaml'), KUBERNETES_YAML).documents[0] as Deployment;
    expect(patch.spec.replicas).toBeGreaterThanOrEqual(3);
    expect(onlyContainer(patch.spec.template.spec).resources).toMatchObject({
      requests: { cpu: expect.any(String), memory: expect.any(String) },
      limits: { cpu: expect.any(String), memory: expect.any(String) },
    });
  });

  it('the identity provider CIDR patch still points at the 443 rule of the base policy', () => {
    const policy = find<NetworkPolicy>('NetworkPolicy', 'registry-api');
    expect(policy.spec.egress?.[1]).toMatchObject({ to: [{ ipBlock: { cidr: expect.any(String) } }], ports: [{ port: 443 }] });
  });
});

describe('the API Deployment', () => {
  it('runs three replicas of a hardened, non-root pod', () => {
    expect(deployment.spec.replicas).toBe(3);
    expect(selects(deployment.spec.selector.matchLabels, podLabels)).toBe(true);
    expectHardenedPod(pod);
  });

  it('runs as the uid the image declares', () => {
    const user = runtimeStage.instructions.filter((instruction) => instruction.keyword === 'USER').at(-1)?.args;
    expect(pod.securityContext?.runAsUser).toBe(Number(user?.split(':')[0]));
  });

  it('probes liveness, readiness and startup on the health endpoints of a declared port', () => {
    const portNames = (api.ports ?? []).map((port) => port.name);
    expect(api.livenessProbe?.httpGet?.path).toBe('/health/live');
    expect(api.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(api.startupProbe?.httpGet?.path).toBe('/health/live');
    for (const probe of [api.livenessProbe, api.readinessProbe, api.startupProbe]) expect(portNames).toContain(probe?.httpGet?.port);
  });

  it('drains connections before the service shuts down, within the grace period', () => {
    const preStop = api.lifecycle?.preStop;
    const drainSeconds = preStop?.sleep?.seconds ?? Number(preStop?.exec?.command.at(-1));
    expect(drainSeconds).toBeGreaterThan(0);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(drainSeconds + 10);
  });

  it('spreads its pods over nodes', () => {
    const byHostname = pod.topologySpreadConstraints?.find((constraint) => constraint.topologyKey === 'kubernetes.io/hostname');
    expect(byHostname && selects(byHostname.labelSelector.matchLabels, podLabels)).toBe(true);
  });

  it('uses a service account without a token', () => {
    const account = find<Manifest & { automountServiceAccountToken?: boolean }>('ServiceAccount', pod.serviceAccountName ?? '');
    expect(account.automountServiceAccountToken).toBe(false);
  });

  it('mounts the key ring read-only (0400) from an ExternalSecret, where KEYRING_FILE points', () => {
    const secrets = ofKind<ExternalSecret>('ExternalSecret');
    expect(secrets.every((secret) => /^external-secrets\.io\/v1(beta1)?$/.test(secret.apiVersion))).toBe(true);
    const keyring = secrets.find((secret) => secret.metadata.name === 'registry-keyring') as ExternalSecret;
    const volume = pod.volumes?.find((candidate) => candidate.secret?.secretName === keyring.spec.target.name);
    expect(volume?.secret?.defaultMode).toBe(0o400);
    const mount = api.volumeMounts?.find((candidate) => candidate.name === volume?.name);
    expect(mount?.readOnly).toBe(true);
    expect(keyring.spec.data.map((entry) => `${mount?.mountPath}/${entry.secretKey}`)).toContain(apiConfig.KEYRING_FILE);
  });

  it("takes its settings from the generated ConfigMap and DATABASE_URL from the service role's secret", () => {
    expect(api.envFrom).toContainEqual({ configMapRef: { name: 'registry-api-config' } });
    expectServiceDatabaseUrl(api);
  });

  it('has settings the service accepts in production mode', () => {
    const config = loadConfiguration({ ...apiConfig, DATABASE_URL: 'postgresql://registry:secret@registry-db-rw.registry:5432/registry' });
    expect(config).toMatchObject({ nodeEnv: 'production', host: '0.0.0.0', port: api.ports?.[0]?.containerPort });
    expect(config.auth.kind).toBe('provider');
  });

  it('is reached through a Service that selects its pods on the named port', () => {
    const service = find<Manifest & { spec: { selector: Record<string, string>; ports: { targetPort: string | number }[] } }>(
      'Service',
      'registry-api',
    );
    expect(selects(service.spec.selector, podLabels)).toBe(true);
    expect(service.spec.ports.map((port) => port.targetPort)).toEqual([api.ports?.[0]?.name]);
  });
});

describe('the network policies', () => {
  const apiPolicy = find<NetworkPolicy>('NetworkPolicy', 'registry-api');
  const apiPort = api.ports?.[0]?.containerPort;

  function isDatabaseRule(rule: PolicyRule): boolean {
    return (
      rule.to?.every((peer) => peer.podSelector?.matchLabels?.['cnpg.io/cluster'] === cluster.metadata.name) === true &&
      JSON.stringify(rule.ports) === JSON.stringify([{ protocol: 'TCP', port: 5432 }])
    );
  }
  function isDnsRule(rule: PolicyRule): boolean {
    return (
      rule.to?.every(
        (peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'kube-system' && peer.podSelector,
      ) === true && rule.ports?.every((port) => port.port === 53) === true
    );
  }
  function isIdentityProviderRule(rule: PolicyRule): boolean {
    return (
      rule.to?.every((peer) => peer.ipBlock?.cidr) === true &&
      JSON.stringify(rule.ports) === JSON.stringify([{ protocol: 'TCP', port: 443 }])
    );
  }

  it('the API policy governs both directions for the API pods', () => {
    expect(selects(apiPolicy.spec.podSelector.matchLabels, podLabels)).toBe(true);
    expect([...apiPolicy.spec.policyTypes].sort()).toEqual(['Egress', 'Ingress']);
  });

  it('admits only the ingress controller, and only on the API port', () => {
    expect(apiPolicy.spec.ingress).toHaveLength(1);
    const [rule] = apiPolicy.spec.ingress ?? [];
    expect(rule?.ports).toEqual([{ protocol: 'TCP', port: apiPort }]);
    expect(rule?.from?.length).toBeGreaterThan(0);
    for (const peer of rule?.from ?? []) {
      expect(peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']).toMatch(/ingress/);
      expect(peer.podSelector?.matchLabels).toBeDefined();
      expect(peer.ipBlock).toBeUndefined();
    }
  });

  it('lets the API reach PostgreSQL, the identity provider and DNS, and nothing else', () => {
    const egress = apiPolicy.spec.egress ?? [];
    expect(egress.every((rule) => isDatabaseRule(rule) || isIdentityProviderRule(rule) || isDnsRule(rule))).toBe(true);
    expect(egress.filter(isDatabaseRule)).toHaveLength(1);
    expect(egress.filter(isIdentityProviderRule)).toHaveLength(1);
    expect(
      egress
        .filter(isDnsRule)
        .flatMap((rule) => rule.ports?.map((port) => port.protocol))
        .sort(),
    ).toEqual(['TCP', 'UDP']);
  });

  it('lets the migration Job reach only PostgreSQL and DNS, and nothing reach it', () => {
    const policy = find<NetworkPolicy>('NetworkPolicy', 'registry-migrate');
    const job = find<Job>('Job', 'registry-migrate');
    expect(selects(policy.spec.podSelector.matchLabels, job.spec.template.metadata.labels)).toBe(true);
    expect([...policy.spec.policyTypes].sort()).toEqual(['Egress', 'Ingress']);
    expect(policy.spec.ingress ?? []).toEqual([]);
    expect((policy.spec.egress ?? []).every((rule) => isDatabaseRule(rule) || isDnsRule(rule))).toBe(true);
  });
});

describe('availability', () => {
  it('a PodDisruptionBudget keeps at least two API pods through voluntary disruptions', () => {
    const [budget, ...others] = ofKind<Pdb>('PodDisruptionBudget');
    expect(others).toEqual([]);
    expect(selects(budget?.spec.selector.matchLabels ?? {}, podLabels)).toBe(true);
    const keeps = budget?.spec.minAvailable ?? deployment.spec.replicas - (budget?.spec.maxUnavailable ?? deployment.spec.replicas);
    expect(keeps).toBeGreaterThanOrEqual(2);
    // Equal to the replica count, a node drain could never proceed.
    expect(keeps).toBeLessThan(deployment.spec.replicas);
  });

  it('an autoscaler (autoscaling/v2) keeps at least three pods and no more than the database accepts', () => {
    const autoscaler = find<Hpa>('HorizontalPodAutoscaler', 'registry-api');
    expect(autoscaler.apiVersion).toBe('autoscaling/v2');
    expect(autoscaler.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(3);
    expect(autoscaler.spec.maxReplicas).toBeGreaterThanOrEqual(autoscaler.spec.minReplicas);
    const connections = autoscaler.spec.maxReplicas * Number(apiConfig.DATABASE_POOL_SIZE);
    expect(connections).toBeLessThan(Number(cluster.spec.postgresql?.parameters?.max_connections));
  });
});

describe('the migration Job', () => {
  const job = find<Job>('Job', 'registry-migrate');
  const migrate = onlyContainer(job.spec.template.spec);

  it('runs the CLI migrate command from the API image', () => {
    expect(migrate.command?.slice(-2)).toEqual([API_CLI, 'migrate']);
    expect(migrate.image).toBe(api.image);
    expect(['Never', 'OnFailure']).toContain(job.spec.template.spec.restartPolicy);
    expect(job.spec.backoffLimit).toBeGreaterThan(0);
  });

  it("is as hardened as the API and migrates as the database's owner, granting the service role its rights", () => {
    expectHardenedPod(job.spec.template.spec);
    expect(cluster.spec.bootstrap?.initdb?.owner).toBeDefined();
    expect(secretRefOf(migrate, 'DATABASE_MIGRATION_URL')).toEqual({ name: OWNER_SECRET, key: 'uri' });
    expect(secretRefOf(migrate, 'DATABASE_URL')).toBeUndefined();
    expect(migrate.env?.find((variable) => variable.name === 'DATABASE_APP_ROLE')?.value).toBe(serviceRole().role.name);
    expect(migrate.env?.find((variable) => variable.name === 'NODE_ENV')?.value).toBe('production');
  });
});

describe('the CloudNativePG cluster', () => {
  it('runs three instances with synchronous replication', () => {
    expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster.spec.instances).toBe(3);
    const synchronous = cluster.spec.postgresql?.synchronous?.number ?? cluster.spec.minSyncReplicas ?? 0;
    expect(synchronous).toBeGreaterThanOrEqual(1);
    expect(synchronous).toBeLessThan(cluster.spec.instances);
  });

  it('archives WAL continuously to a configured object store', () => {
    const archiver = cluster.spec.plugins?.find((plugin) => plugin.isWALArchiver === true);
    if (archiver) {
      expect(archiver.name).toBe('barman-cloud.cloudnative-pg.io');
      const store = find<Manifest & { spec: { configuration: { destinationPath: string } } }>(
        'ObjectStore',
        archiver.parameters?.barmanObjectName ?? '',
      );
      expect(store.spec.configuration.destinationPath).toMatch(/^(s3|gs|https):\/\//);
    } else {
      expect(cluster.spec.backup?.barmanObjectStore?.destinationPath).toMatch(/^(s3|gs|https):\/\//);
    }
  });

  it('takes scheduled base backups of this cluster', () => {
    const [backup] = ofKind<ScheduledBackup>('ScheduledBackup');
    expect(backup?.spec.cluster.name).toBe(cluster.metadata.name);
    expect(backup?.spec.schedule.split(' ')).toHaveLength(6);
    const archiver = cluster.spec.plugins?.find((plugin) => plugin.isWALArchiver === true);
    expect(backup?.spec.method ?? 'barmanObjectStore').toBe(archiver ? 'plugin' : 'barmanObjectStore');
  });
});

describe('the Dockerfile', () => {
  const copiesFrom = (stage: DockerStage) =>
    stage.instructions
      .filter((instruction) => instruction.keyword === 'COPY')
      .map((instruction) => /--from=(\S+)/.exec(instruction.args)?.[1]);

  it('builds in several stages, every one on a slim Node 24 LTS image (Node 20 reached its end of life)', () => {
    expect(dockerStages.length).toBeGreaterThanOrEqual(3);
    expect(runtimeStage.image).toMatch(/^(node:24[.\d]*-bookworm-slim|gcr\.io\/distroless\/nodejs24-debian\d+)(@sha256:[0-9a-f]+)?$/);
    // Every stage builds on another stage or on Node 24: what is compiled and installed is what runs.
    const stageNames = new Set(dockerStages.map((stage) => stage.name));
    for (const stage of dockerStages.filter((candidate) => !stageNames.has(candidate.image))) {
      expect(stage.image).toMatch(/^(node:24[.\d]*-bookworm-slim|gcr\.io\/distroless\/nodejs24-debian\d+)(@sha256:[0-9a-f]+)?$/);
    }
  });

  it('ships only production dependencies', () => {
    const nodeModules = runtimeStage.instructions.find(
      (instruction) => instruction.keyword === 'COPY' && /node_modules/.test(instruction.args),
    );
    const source = dockerStages.find((stage) => stage.name === /--from=(\S+)/.exec(nodeModules?.args ?? '')?.[1]);
    const commands = (source?.instructions ?? [])
      .filter((instruction) => instruction.keyword === 'RUN')
      .map((instruction) => instruction.args);
    expect(commands.some((command) => /npm (ci|prune)\b.*--omit=dev/.test(command))).toBe(true);
    // Nothing else of the build stages but the compiled service and console reaches the runtime.
    expect(new Set(copiesFrom(runtimeStage).filter((stage) => stage !== undefined && stage !== source?.name))).toEqual(new Set(['build']));
    const fromBuild = runtimeStage.instructions
      .filter((instruction) => instruction.keyword === 'COPY' && instruction.args.includes('--from=build'))
      .map((instruction) => instruction.args.split(' ').slice(1).join(' '));
    expect(fromBuild).toEqual(['/app/dist ./dist', '/app/apps/registry-web/dist ./apps/registry-web/dist']);
  });

  it('runs as a non-root numeric user, in production mode, listening on all interfaces', () => {
    const users = runtimeStage.instructions.filter((instruction) => instruction.keyword === 'USER').map((instruction) => instruction.args);
    expect(users.at(-1)).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
    const env = runtimeStage.instructions
      .filter((instruction) => instruction.keyword === 'ENV')
      .map((instruction) => instruction.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(runtimeStage.instructions).toContainEqual({ keyword: 'EXPOSE', args: '3000' });
    const cmd = runtimeStage.instructions.find((instruction) => instruction.keyword === 'CMD');
    expect(JSON.parse(cmd?.args ?? '[]')).toEqual(['node', 'dist/apps/registry-api/src/main.js']);
  });

  describe('HEALTHCHECK', () => {
    const healthcheck = runtimeStage.instructions.find((instruction) => instruction.keyword === 'HEALTHCHECK');
    const command = JSON.parse(/CMD (\[.*\])$/.exec(healthcheck?.args ?? '')?.[1] ?? '[]') as string[];

    async function runAgainst(status: number | 'nothing listening'): Promise<{ exitCode: number; paths: string[] }> {
      const paths: string[] = [];
      const server = createServer((request, response) => {
        paths.push(request.url ?? '');
        response.writeHead(status === 'nothing listening' ? 500 : status).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      if (status === 'nothing listening') await new Promise((resolve) => server.close(resolve));
      try {
        await promisify(execFile)(process.execPath, command.slice(1), { env: { PORT: String(port) }, timeout: 10_000 });
        return { exitCode: 0, paths };
      } catch (error) {
        return { exitCode: (error as { code?: number }).code ?? -1, paths };
      } finally {
        if (status !== 'nothing listening') server.close();
      }
    }

    it('is a node one-liner, since slim images have no curl', () => {
      expect(command[0]).toBe('node');
    });

    it('passes when /health/live answers 200', async () => {
      await expect(runAgainst(200)).resolves.toEqual({ exitCode: 0, paths: ['/health/live'] });
    });

    it('fails when /health/live answers 503', async () => {
      await expect(runAgainst(503)).resolves.toEqual({ exitCode: 1, paths: ['/health/live'] });
    });

    it('fails when nothing listens', async () => {
      await expect(runAgainst('nothing listening')).resolves.toEqual({ exitCode: 1, paths: [] });
    });
  });

  it('has a context allow-list that admits what it copies and nothing of node_modules, dist, data, .git or coverage', () => {
    const patterns = readFileSync(DOCKERIGNORE, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(patterns[0]).toBe('*');
    const allowed = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1).replace(/\/$/, ''));
    for (const never of ['node_modules', 'dist', 'data', '.git', 'coverage']) {
      expect(allowed).not.toContain(never);
      expect(patterns).toContain(`**/${never}`);
    }
    const copiedFromContext = dockerStages
      .flatMap((stage) => stage.instructions)
      .filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.includes('--from='))
      .flatMap((instruction) => instruction.args.split(' ').slice(0, -1));
    expect(copiedFromContext.length).toBeGreaterThan(0);
    // A source is admitted when it, or a folder above it, is on the allow-list.
    const admitted = (source: string) => allowed.some((entry) => source === entry || source.startsWith(`${entry}/`));
    for (const source of copiedFromContext) expect([source, admitted(source)]).toEqual([source, true]);
  });
});

describe('the compose file', () => {
  const compose = parseYamlFile(COMPOSE_FILE, COMPOSE_YAML).documents[0] as ComposeFile;
  const { postgres, api: apiService, 'keyring-init': keyringInit, migrate } = compose.services;
  const sampleEnv = {
    POSTGRES_PASSWORD: 'sample',
    REGISTRY_OWNER_PASSWORD: 'owner-sample',
    REGISTRY_APP_PASSWORD: 'app-sample',
    AUTH_ISSUER: 'https://idp.test',
    AUTH_AUDIENCE: 'registry-api',
  };
  const envOf = (service?: ComposeService) =>
    Object.fromEntries(Object.entries(service?.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), sampleEnv)]));
  const keysMount = (service?: ComposeService) => service?.volumes?.find((volume) => volume.split(':')[1] === '/keys');

  it('has PostgreSQL 16 on a named volume, with a health check', () => {
    expect(postgres?.image).toMatch(/^postgres:16\b/);
    const [volume] = postgres?.volumes?.find((entry) => entry.endsWith(':/var/lib/postgresql/data'))?.split(':') ?? [];
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
    expect(postgres?.healthcheck?.test).toContain('pg_isready');
  });

  it('initialises the key ring once, into a named volume, only if it is absent', () => {
    const script = [...(keyringInit?.entrypoint ?? []), ...(keyringInit?.command ?? [])].join(' ');
    expect(script).toMatch(
      /test -s \/keys\/keyring\.json \|\| .*node dist\/apps\/registry-cli\/src\/main\.js keys init --out \/keys\/keyring\.json/,
    );
    const [volume, , mode] = keysMount(keyringInit)?.split(':') ?? [];
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
    expect(mode).toBeUndefined();
    expect(keyringInit?.restart).toBe('no');
  });

  it('starts the API after PostgreSQL is healthy, the key ring exists and the schema is migrated', () => {
    expect(apiService?.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      'keyring-init': { condition: 'service_completed_successfully' },
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(migrate?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(migrate?.restart).toBe('no');
  });

  it('migrates as the owner role and serves as the service role, two roles the init script creates', () => {
    expect(migrate?.command?.slice(-2)).toEqual([API_CLI, 'migrate']);
    const migrateEnv = envOf(migrate);
    const apiEnv = envOf(apiService);
    expect(migrateEnv.NODE_ENV).toBe('production');
    const owner = new URL(migrateEnv.DATABASE_MIGRATION_URL as string);
    const service = new URL(apiEnv.DATABASE_URL as string);
    expect([owner.username, owner.password]).toEqual(['registry_owner', 'owner-sample']);
    expect([service.username, service.password]).toEqual([migrateEnv.DATABASE_APP_ROLE, 'app-sample']);
    expect(owner.pathname).toBe(service.pathname);
    expect(migrateEnv.DATABASE_URL).toBeUndefined();
    expect(apiEnv.DATABASE_MIGRATION_URL).toBeUndefined();
    expect(JSON.stringify(apiService?.environment)).not.toContain('REGISTRY_OWNER_PASSWORD');
    // The init script, mounted where the postgres image runs it on a fresh volume, creates exactly these.
    const init = postgres?.volumes?.find((entry) => entry.split(':')[1] === '/docker-entrypoint-initdb.d')?.split(':')[0] ?? '';
    const script = readFileSync(join(dirname(COMPOSE_FILE), init, '10-registry-roles.sh'), 'utf8');
    expect(statSync(join(dirname(COMPOSE_FILE), init, '10-registry-roles.sh')).mode & 0o111).not.toBe(0);
    expect(script).toContain(`CREATE ROLE ${owner.username} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    expect(script).toContain(`CREATE ROLE ${service.username} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    expect(script).toContain(`CREATE DATABASE ${service.pathname.slice(1)} OWNER ${owner.username};`);
    expect(postgres?.environment?.POSTGRES_USER).not.toBe(service.username);
  });

  it('runs the API in production mode on the key ring, read-only, with the JWKS the operator provides', () => {
    const env = Object.fromEntries(
      Object.entries(apiService?.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), sampleEnv)]),
    );
    const config = loadConfiguration(env);
    expect(config).toMatchObject({ nodeEnv: 'production', host: '0.0.0.0', keyringFile: '/keys/keyring.json' });
    expect(keysMount(apiService)?.endsWith(':ro')).toBe(true);
    expect(apiService?.configs?.map((config) => config.target)).toContain(env.AUTH_JWKS_FILE);
    expect(compose.configs?.jwks?.file).toBeDefined();
    expect(apiService).toMatchObject({ read_only: true, tmpfs: ['/tmp'], cap_drop: ['ALL'] });
  });

  it('builds every image user from the Dockerfile', () => {
    for (const service of [apiService, keyringInit, migrate]) {
      expect(existsSync(join(dirname(COMPOSE_FILE), service?.build?.context ?? '', service?.build?.dockerfile ?? ''))).toBe(true);
      expect(service?.image).toBe(apiService?.image);
    }
  });
});
