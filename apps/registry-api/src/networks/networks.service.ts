import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Confidence, NetworkRelationKind } from '@registry/checker';
import type { DataKey } from '@registry/crypto';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid, requireMunicipalityCode, requireValidity } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import type { NetworkInput } from './dto/network.input.js';
import type { Network, NetworkPresence, NetworkRelation } from './models/network.model.js';
import { NetworkRepository, type NetworkRow, type PresenceRow, type RelationRow } from './network.repository.js';

/** Networks, where they are and how they stand to each other: sealed under the network-intelligence key. */
@Injectable()
export class NetworksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly keys: DataKeysService,
    private readonly repository: NetworkRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly factsChanges: FactsChanges,
  ) {}

  private key(m: EntityManager): Promise<DataKey> {
    return this.keys.networkIntelligence(m);
  }

  private toNetwork(key: DataKey, row: NetworkRow): Network {
    return {
      id: row.id,
      name: new RowSealer(key, 'network', row.id).open('name', row.name_sealed),
      category: row.category,
      reach: row.reach,
    };
  }

  private toPresence(key: DataKey, row: PresenceRow, network: Network): NetworkPresence {
    const code = new RowSealer(key, 'network_presence', row.id).open('municipality', row.municipality_sealed);
    const municipality = this.municipalities.find(code);
    if (!municipality) throw new Error('sealed municipality code is not a known municipality');
    return { id: row.id, network, municipality, confidence: row.confidence, validFrom: row.valid_from, validTo: row.valid_to };
  }

  async create(input: NetworkInput): Promise<Network> {
    return this.uow.transaction(async (m) => {
      const key = await this.key(m);
      const id = randomUUID();
      const row: NetworkRow = {
        id,
        name_sealed: new RowSealer(key, 'network', id).seal('name', input.name),
        category: input.category,
        reach: input.reach,
      };
      await this.repository.insertNetwork(m, { ...row, data_key_id: key.id });
      await this.factsChanges.record({ kind: 'network', id });
      return this.toNetwork(key, row);
    });
  }

  async list(): Promise<Network[]> {
    const m = this.uow.manager;
    const key = await this.key(m);
    return (await this.repository.all(m)).map((row) => this.toNetwork(key, row));
  }

  /** Networks by id, all of them or NOT_FOUND: an unknown id never silently disappears from a list. */
  async require(ids: readonly string[]): Promise<Map<string, Network>> {
    const unique = [...new Set(ids)];
    if (unique.some((id) => !isUuid(id))) throw new NotFoundError('Network not found');
    const m = this.uow.manager;
    const key = await this.key(m);
    const rows = await this.repository.byIds(m, unique);
    if (rows.length !== unique.length) throw new NotFoundError('Network not found');
    return new Map(rows.map((row) => [row.id, this.toNetwork(key, row)]));
  }

  async addPresence(
    networkId: string,
    municipalityCode: string,
    confidence: Confidence,
    validFrom: string,
    validTo: string | null,
  ): Promise<NetworkPresence> {
    requireMunicipalityCode(municipalityCode);
    requireValidity(validFrom, validTo);
    return this.uow.transaction(async (m) => {
      const network = (await this.require([networkId])).get(networkId) as Network;
      const key = await this.key(m);
      const id = randomUUID();
      const row: PresenceRow = {
        id,
        network_id: networkId,
        municipality_sealed: new RowSealer(key, 'network_presence', id).seal('municipality', municipalityCode),
        confidence,
        valid_from: validFrom,
        valid_to: validTo,
      };
      await this.repository.insertPresence(m, row);
      await this.factsChanges.record({ kind: 'presence', id });
      return this.toPresence(key, row, network);
    });
  }

  async presences(networkId: string): Promise<NetworkPresence[]> {
    const network = (await this.require([networkId])).get(networkId) as Network;
    const m = this.uow.manager;
    const key = await this.key(m);
    return (await this.repository.presencesOf(m, networkId)).map((row) => this.toPresence(key, row, network));
  }

  private async toRelations(rows: RelationRow[]): Promise<NetworkRelation[]> {
    const networks = await this.require(rows.flatMap((r) => [r.network_a_id, r.network_b_id]));
    return rows.map((r) => ({
      id: r.id,
      a: networks.get(r.network_a_id) as Network,
      b: networks.get(r.network_b_id) as Network,
      kind: r.kind,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
  }

  async relate(aId: string, bId: string, kind: NetworkRelationKind, validFrom: string, validTo: string | null): Promise<NetworkRelation> {
    if (aId === bId) throw new BadUserInputError('A network cannot be related to itself');
    requireValidity(validFrom, validTo);
    return this.uow.transaction(async (m) => {
      await this.require([aId, bId]);
      // Symmetric: one row per pair, smaller id first; the lock keeps two concurrent requests from both passing the overlap check.
      const [a, b] = aId < bId ? [aId, bId] : [bId, aId];
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`network_relation:${a}:${b}`]);
      if ((await this.repository.overlappingRelations(m, a, b, validFrom, validTo)) > 0) {
        throw new BadUserInputError('These networks already have a relation overlapping that period; end it first');
      }
      const row: RelationRow = { id: randomUUID(), network_a_id: a, network_b_id: b, kind, valid_from: validFrom, valid_to: validTo };
      await this.repository.insertRelation(m, row);
      await this.factsChanges.record({ kind: 'relation', id: row.id });
      return (await this.toRelations([row]))[0] as NetworkRelation;
    });
  }

  async endRelation(id: string, validTo: string): Promise<NetworkRelation> {
    if (!isUuid(id)) throw new NotFoundError('Network relation not found');
    return this.uow.transaction(async (m) => {
      const row = await this.repository.relation(m, id);
      if (!row) throw new NotFoundError('Network relation not found');
      requireValidity(row.valid_from, validTo);
      if (row.valid_to !== null && row.valid_to < validTo) throw new BadUserInputError('The relation already ends before that date');
      await this.repository.endRelation(m, id, validTo);
      await this.factsChanges.record({ kind: 'relation', id });
      return (await this.toRelations([{ ...row, valid_to: validTo }]))[0] as NetworkRelation;
    });
  }

  async relations(networkId: string): Promise<NetworkRelation[]> {
    await this.require([networkId]);
    return this.toRelations(await this.repository.relationsOf(this.uow.manager, networkId));
  }
}
