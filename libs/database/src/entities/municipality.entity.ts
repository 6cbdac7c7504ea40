import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Public reference data (SCB codes), kept in the database so that later tables can refer to a code and
 * the database itself refuses an unknown one. Synchronised from @registry/geo at every start.
 */
@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 2, name: 'county_code' })
  countyCode!: string;

  @Column({ type: 'text', name: 'police_region' })
  policeRegion!: string;
}
