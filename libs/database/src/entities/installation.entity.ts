import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row naming this installation of the register. Audit checkpoints and exports carry its id, so an
 * export from one installation can never be mistaken for another's.
 */
@Entity({ name: 'installation' })
export class InstallationEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  singleton!: number;

  @Column({ type: 'uuid' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
