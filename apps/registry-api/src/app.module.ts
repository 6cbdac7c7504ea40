import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { graphqlOptions } from './common/graphql.config.js';
import type { AppConfig } from './config/configuration.js';
import { APP_CONFIG } from './config/config.tokens.js';
import { DatabaseModule } from './database/database.module.js';
import { DATABASE_URL } from './database/database.tokens.js';
import { HealthModule } from './health/health.module.js';
import { MunicipalitiesModule } from './municipalities/municipalities.module.js';
import { ActualAreasModule } from './actual-areas/actual-areas.module.js';
import { CasesModule } from './cases/cases.module.js';
import { ConsentsModule } from './consents/consents.module.js';
import { ConditionsModule } from './conditions/conditions.module.js';
import { ConsoleModule } from './console/console.module.js';
import { BadUserInputError } from './common/errors.js';
import { NetworksModule } from './networks/networks.module.js';
import { PersonsModule } from './persons/persons.module.js';
import { ProtectionModule } from './protection/protection.module.js';
import { FactsModule } from './facts/facts.module.js';
import { CheckingModule } from './checking/checking.module.js';
import { PlacementsModule } from './placements/placements.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';
import { RetentionModule } from './retention/retention.module.js';
import { TeamsModule } from './teams/teams.module.js';
import { loggingParams } from './observability/logging.js';
import { Metrics } from './observability/metrics.js';
import { ObservabilityModule } from './observability/observability.module.js';

/** Input DTOs are checked before any resolver runs; the message names the field, never echoes its value. */
const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) =>
    new BadUserInputError(`Invalid input: ${errors.map((e) => e.property).join(', ')} ${errors.length === 1 ? 'is' : 'are'} not valid`),
});

/** Settings that exist before Nest does: the validated configuration and the database address. */
@Module({})
class SettingsModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: SettingsModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
      ],
      exports: [APP_CONFIG, DATABASE_URL],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string, logStream?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SettingsModule.register(config, databaseUrl),
        LoggerModule.forRoot(loggingParams(config, logStream)),
        ObservabilityModule,
        DatabaseModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [Metrics],
          useFactory: (metrics: Metrics) => graphqlOptions(config, metrics),
        }),
        AuthModule,
        HealthModule,
        ProtectionModule,
        AuditModule,
        FactsModule,
        MunicipalitiesModule,
        NetworksModule,
        PersonsModule,
        ActualAreasModule,
        CasesModule,
        ConsentsModule,
        ConditionsModule,
        CheckingModule,
        PlacementsModule,
        StatisticsModule,
        RetentionModule,
        TeamsModule,
        ConsoleModule.register(config),
      ],
      providers: [{ provide: APP_PIPE, useValue: validationPipe }],
    };
  }
}
