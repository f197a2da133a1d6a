import { Routes } from '@angular/router';
import { roleGuard } from '@market/web/identity';
import { LAZY_STYLES, Localized, loadStylesheet } from '@market/web/ui';

/** Tags, input-number, spin and messages live in the lazy "catalog" bundle (apps/web/project.json). */
const styles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet('catalog.css')]);
const title = (zh: string, en: string): Localized => ({ zh, en });

/** 竞价大厅, an auction's page, the live lot room, and the staff's auction console. */
export const auctionRoutes: Routes = [
  {
    path: 'auctions',
    loadComponent: () => Promise.all([styles(), import('./hall/auction-hall-page')]).then(([, m]) => m.AuctionHallPage),
    data: { title: title('竞价大厅', 'Auctions') },
  },
  {
    path: 'auctions/new',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([styles(), import('./console/auction-form-page')]).then(([, m]) => m.AuctionFormPage),
    data: { title: title('创建竞价活动', 'New auction') },
  },
  {
    path: 'auctions/lots/:lotId',
    loadComponent: () => Promise.all([styles(), import('./room/lot-room-page')]).then(([, m]) => m.LotRoomPage),
    data: { title: title('竞价室', 'Auction room') },
  },
  {
    path: 'auctions/:id',
    loadComponent: () => Promise.all([styles(), import('./hall/auction-detail-page')]).then(([, m]) => m.AuctionDetailPage),
    data: { title: title('竞价活动', 'Auction') },
  },
];
