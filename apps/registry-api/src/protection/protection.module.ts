import { Global, Module } from '@nestjs/common';
import { DataKeyRepository } from './data-key.repository.js';
import { DataKeysService } from './data-keys.service.js';
import { KeyRingHolder } from './key-ring.holder.js';

@Global()
@Module({
  providers: [KeyRingHolder, DataKeyRepository, DataKeysService],
  exports: [KeyRingHolder, DataKeysService],
})
export class ProtectionModule {}
