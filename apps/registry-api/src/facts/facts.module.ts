import { Global, Module } from '@nestjs/common';
import { FactsChanges } from './facts-changes.js';

@Global()
@Module({ providers: [FactsChanges], exports: [FactsChanges] })
export class FactsModule {}
