// `npm run geo:build`: regenerates libs/geo/src/municipalities.generated.ts from libs/geo/data/.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { GENERATED_MODULE_PATH, buildGeoModule, readGeoSources } from '../libs/geo/build/build-geo.mjs';

writeFileSync(GENERATED_MODULE_PATH, buildGeoModule(readGeoSources()));
process.stdout.write(`wrote ${relative(process.cwd(), GENERATED_MODULE_PATH)}\n`);
