import { RegistryError } from '../common/errors.js';

/** The household's data key was destroyed (crypto-shredding): the values exist only as unreadable bytes. */
export class ErasedDataError extends RegistryError {
  readonly code = 'DATA_ERASED';
  constructor() {
    super('This record has been erased: its data key was destroyed and its protected values can no longer be read');
  }
}
