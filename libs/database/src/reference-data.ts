import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { municipalities } from '@registry/geo';

/** One municipality as a row of the table, for comparing what is stored with what the code ships. */
function rowKey(code: string, name: string, countyCode: string, policeRegion: string): string {
  return JSON.stringify([code, name, countyCode, policeRegion]);
}

/** True when the table holds exactly the shipped municipalities and the installation row exists. */
async function referenceDataInPlace(dataSource: DataSource): Promise<boolean> {
  const [stored, installation] = await Promise.all([
    dataSource.query('SELECT code, name, county_code, police_region FROM municipality') as Promise<
      { code: string; name: string; county_code: string; police_region: string }[]
    >,
    dataSource.query('SELECT 1 FROM installation WHERE singleton = 1') as Promise<unknown[]>,
  ]);
  if (installation.length === 0 || stored.length !== municipalities.length) return false;
  const storedKeys = new Set(stored.map((row) => rowKey(row.code, row.name, row.county_code, row.police_region)));
  return municipalities.every((m) => storedKeys.has(rowKey(m.code, m.name, m.countyCode, m.policeRegion)));
}

/**
 * Writes the municipality reference data shipped with the code into the database. Idempotent; runs at
 * every start, after migrations, so a release with corrected reference data corrects the table too. When
 * the table already holds exactly that data (every start but the first after a change), it writes nothing.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<void> {
  if (await referenceDataInPlace(dataSource)) return;
  await dataSource.transaction(async (manager) => {
    const codes: string[] = [];
    const names: string[] = [];
    const counties: string[] = [];
    const regions: string[] = [];
    for (const m of municipalities) {
      codes.push(m.code);
      names.push(m.name);
      counties.push(m.countyCode);
      regions.push(m.policeRegion);
    }
    await manager.query(
      `INSERT INTO municipality (code, name, county_code, police_region)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (code) DO UPDATE
         SET name = EXCLUDED.name, county_code = EXCLUDED.county_code, police_region = EXCLUDED.police_region`,
      [codes, names, counties, regions],
    );
    await manager.query('INSERT INTO installation (singleton, id) VALUES (1, $1) ON CONFLICT DO NOTHING', [randomUUID()]);
  });
}

export async function installationId(dataSource: DataSource): Promise<string> {
  const rows = (await dataSource.query('SELECT id FROM installation WHERE singleton = 1')) as { id: string }[];
  const row = rows[0];
  if (!row) throw new Error('installation row missing: reference data has not been synchronised');
  return row.id;
}
