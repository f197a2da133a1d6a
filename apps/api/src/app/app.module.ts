import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFromEnvironment, PlatformModule } from '@market/server/platform';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { SearchModule } from '@market/server/search';
import { MatchingModule } from '@market/server/matching';
import { AuctionsModule, AUCTIONS_ENTITIES, AUCTIONS_MIGRATIONS } from '@market/server/auctions';
import { RoadshowsModule, ROADSHOWS_ENTITIES, ROADSHOWS_MIGRATIONS } from '@market/server/roadshows';
import { DealsModule, DEALS_ENTITIES, DEALS_MIGRATIONS } from '@market/server/deals';
import { PortalModule, PORTAL_MIGRATIONS } from '@market/server/portal';
import { ChallengesModule, CHALLENGES_MIGRATIONS } from '@market/server/challenges';

/** Every context's tables and migrations, in one place: the app, the CLI and tests share them. */
export const ENTITIES = [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...AUCTIONS_ENTITIES, ...ROADSHOWS_ENTITIES, ...DEALS_ENTITIES];
export const MIGRATIONS = [
  ...IDENTITY_MIGRATIONS,
  ...NOTIFICATIONS_MIGRATIONS,
  ...CATALOG_MIGRATIONS,
  ...AUCTIONS_MIGRATIONS,
  ...ROADSHOWS_MIGRATIONS,
  ...DEALS_MIGRATIONS,
  ...PORTAL_MIGRATIONS,
  ...CHALLENGES_MIGRATIONS,
];

/**
 * The composition root: platform, then the bounded contexts, then the built web app at `/`
 * (everything that is not `/api` falls back to index.html so that deep links work).
 */
@Module({})
export class AppModule {
  static forRoot(env: Record<string, string> = {}): DynamicModule {
    const config = configFromEnvironment(env);
    const webRoot = config.webRoot ? resolve(config.webRoot) : '';
    const serveWeb = webRoot !== '' && existsSync(resolve(webRoot, 'index.html'));
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS, env }),
        IdentityModule,
        NotificationsModule,
        CatalogModule,
        ChallengesModule,
        SearchModule,
        MatchingModule,
        AuctionsModule,
        RoadshowsModule,
        DealsModule,
        PortalModule,
        ...(serveWeb ? [ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}'] })] : []),
      ],
    };
  }
}
