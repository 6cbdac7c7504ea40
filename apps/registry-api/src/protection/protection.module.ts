import { Global, Module } from '@nestjs/common';
import { DataKeyRepository } from './data-key.repository.js';
import { DataKeysService } from './data-keys.service.js';
import { KeyRingHolder } from './key-ring.holder.js';
import { RowIntegrity } from './row-integrity.service.js';

@Global()
@Module({
  providers: [KeyRingHolder, DataKeyRepository, DataKeysService, RowIntegrity],
  exports: [KeyRingHolder, DataKeysService, RowIntegrity],
})
export class ProtectionModule {}
