import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { NetworkRepository } from './network.repository.js';
import { NetworksResolver } from './networks.resolver.js';
import { NetworksService } from './networks.service.js';

@Module({
  imports: [MunicipalitiesModule],
  providers: [NetworksResolver, NetworksService, NetworkRepository],
  exports: [NetworksService, NetworkRepository],
})
export class NetworksModule {}
