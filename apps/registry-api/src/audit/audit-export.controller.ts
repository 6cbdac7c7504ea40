import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AUDIT_ACTIONS } from '@registry/audit';
import { Roles } from '../auth/access.decorators.js';
import { BadUserInputError, PurposeRequiredError } from '../common/errors.js';
import type { RegistryRequest } from '../common/request-context.js';
import { parseDateTime } from '../common/scalars.js';
import { callerOf } from './audit-caller.js';
import { AUDIT_CSV_HEADER, auditCsvLine } from './audit-csv.js';
import type { AuditEventFilter } from './audit-event.repository.js';
import { AuditTrail } from './audit-trail.js';
import { AuditorsService } from './auditors.service.js';
import { OPERATION_RESOURCE_TYPE } from './operation-resource.js';

const FILTERS = ['actor', 'action', 'resourceId', 'from', 'to', 'refusedOnly'] as const;

function text(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadUserInputError(`${name} may be given once`);
  return value;
}

function instant(query: Record<string, unknown>, name: string): Date | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  try {
    return parseDateTime(value);
  } catch {
    throw new BadUserInputError(`${name} must be ISO 8601 with a zone, e.g. 2026-11-23T12:00:00Z`);
  }
}

function drainedOrClosed(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/** The query string of GET /audit/export.csv, as the auditEvents query's arguments. */
export function exportFilterOf(query: Record<string, unknown>): AuditEventFilter {
  const unknown = Object.keys(query).filter((name) => !(FILTERS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new BadUserInputError(`Unknown parameter; the filters are ${FILTERS.join(', ')}`);
  const refusedOnly = text(query, 'refusedOnly');
  if (refusedOnly !== undefined && refusedOnly !== 'true' && refusedOnly !== 'false') {
    throw new BadUserInputError('refusedOnly must be true or false');
  }
  return {
    actor: text(query, 'actor'),
    action: text(query, 'action'),
    resourceId: text(query, 'resourceId'),
    from: instant(query, 'from'),
    to: instant(query, 'to'),
    refusedOnly: refusedOnly === 'true',
  };
}

/**
 * GET /audit/export.csv: the events the auditEvents filters select, as CSV, for auditors (session or
 * bearer token). A download link cannot send headers, so the purpose is X-Access-Purpose or else the
 * console session's stored one (POST /auth/purpose). The export is itself one audit event, appended before
 * the first byte goes out (no event, no export); refusals are audited by AuditExceptionFilter.
 */
@Controller('audit')
@Roles('AUDITOR')
export class AuditExportController {
  constructor(
    private readonly auditors: AuditorsService,
    private readonly trail: AuditTrail,
  ) {}

  @Get('export.csv')
  async exportCsv(@Req() request: RegistryRequest, @Res() response: Response): Promise<void> {
    const filter = exportFilterOf(request.query as Record<string, unknown>);
    const purpose = request.accessPurpose ?? request.consoleSession?.purpose ?? undefined;
    if (!purpose) {
      throw new PurposeRequiredError('A purpose of access is required: send X-Access-Purpose, or store one for the console session');
    }
    request.accessPurpose = purpose;
    const batches = await this.auditors.exportEvents(filter);
    await this.trail.record(
      { action: AUDIT_ACTIONS.auditExport, resourceType: OPERATION_RESOURCE_TYPE, resourceId: AUDIT_ACTIONS.auditExport },
      callerOf(request),
    );
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    response.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-events-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    });
    // Batch by batch, waiting for the client to take each: a slow download holds one batch, not the log.
    const write = async (chunk: string): Promise<void> => {
      if (!response.write(chunk)) await drainedOrClosed(response);
    };
    await write(AUDIT_CSV_HEADER);
    for await (const batch of batches) {
      if (response.destroyed) return;
      await write(batch.map(auditCsvLine).join(''));
    }
    response.end();
  }
}
