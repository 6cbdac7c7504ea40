import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { municipalities } from '@registry/geo';

/**
 * Writes the municipality reference data shipped with the code into the database. Idempotent; runs at
 * every start, after migrations, so a release with corrected reference data corrects the table too.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<void> {
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
