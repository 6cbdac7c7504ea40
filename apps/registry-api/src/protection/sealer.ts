import { openText, sealText, type DataKey } from '@registry/crypto';

/**
 * Seals and opens the protected columns of one row: binds every value to its table, column, row id and
 * data key, so a ciphertext copied elsewhere fails to open (IntegrityError -> INTEGRITY_ERROR).
 */
export class RowSealer {
  constructor(
    private readonly key: DataKey,
    private readonly table: string,
    private readonly rowId: string,
  ) {}

  seal(column: string, value: string): Buffer {
    return Buffer.from(sealText(this.key, { table: this.table, column, rowId: this.rowId }, value));
  }

  sealOptional(column: string, value: string | null | undefined): Buffer | null {
    return value === null || value === undefined ? null : this.seal(column, value);
  }

  open(column: string, sealed: Uint8Array): string {
    return openText(this.key, { table: this.table, column, rowId: this.rowId }, sealed);
  }

  openOptional(column: string, sealed: Uint8Array | null): string | null {
    return sealed === null ? null : this.open(column, sealed);
  }
}
