import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, loadStylesheet, withTranslationScope } from '@market/web/ui';

/**
 * Forms (input, select, alert, form, date picker) and the tags, input-number, spin and messages of
 * the lazy "catalog" bundle (apps/web/project.json).
 */
const styles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(LAZY_STYLES.catalog)]);

/**
 * 竞价拍卖 (the hall), an auction's page, the live lot room, and the staff's auction console. Its
 * texts are the `auctions` scope (libs/web/auctions/i18n), loaded with the first of these pages.
 */
export const auctionRoutes: Routes = withTranslationScope('auctions', [
  {
    path: 'auctions',
    loadComponent: () => Promise.all([styles(), import('./hall/auction-hall-page')]).then(([, m]) => m.AuctionHallPage),
    data: { title: 'auctions.routes.hall' },
  },
  {
    path: 'auctions/new',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([styles(), import('./console/auction-form-page')]).then(([, m]) => m.AuctionFormPage),
    data: { title: 'auctions.routes.newAuction' },
  },
  {
    path: 'auctions/lots/:lotId/confirmation',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./confirmation/confirmation-page')]).then(([, m]) => m.ConfirmationPage),
    data: { title: 'auctions.routes.confirmation' },
  },
  {
    path: 'auctions/lots/:lotId',
    loadComponent: () => Promise.all([styles(), import('./room/lot-room-page')]).then(([, m]) => m.LotRoomPage),
    data: { title: 'auctions.routes.room' },
  },
  {
    path: 'auctions/:id',
    loadComponent: () => Promise.all([styles(), import('./hall/auction-detail-page')]).then(([, m]) => m.AuctionDetailPage),
    data: { title: 'auctions.routes.auction' },
  },
]);
