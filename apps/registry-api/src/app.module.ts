import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from './auth/auth.module.js';
import { graphqlOptions } from './common/graphql.config.js';
import type { AppConfig } from './config/configuration.js';
import { APP_CONFIG } from './config/config.tokens.js';
import { DatabaseModule } from './database/database.module.js';
import { DATABASE_URL } from './database/database.tokens.js';
import { HealthModule } from './health/health.module.js';
import { MunicipalitiesModule } from './municipalities/municipalities.module.js';

/** Settings that exist before Nest does: the validated configuration and the database address. */
@Module({})
class SettingsModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: SettingsModule,
      global: true,
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ app: config })] })],
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
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SettingsModule.register(config, databaseUrl),
        DatabaseModule,
        GraphQLModule.forRoot(graphqlOptions(config)),
        AuthModule,
        HealthModule,
        MunicipalitiesModule,
      ],
    };
  }
}
