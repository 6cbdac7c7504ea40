import { InstallationEntity } from './installation.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';

export { InstallationEntity, MunicipalityEntity };

export const entities = [InstallationEntity, MunicipalityEntity];
