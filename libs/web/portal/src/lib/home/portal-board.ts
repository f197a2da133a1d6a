import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ANNOUNCEMENT_KIND_LABELS, AUCTION_STATUS_LABELS, FIELD_LABELS, ROADSHOW_KIND_LABELS, regionLabel, type Portal, type PortalListing } from '@market/contracts';
import { LAZY_STYLES, LanguageService, TrPipe, WallTimePipe, formatYuan, largeAmount, loadStylesheet } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PORTAL_TEXT as T } from '../data/texts';

type SearchKind = 'achievements' | 'needs' | 'challenges';

/**
 * The front page's live part: one search box across the halls, the market's figures, the latest
 * listings, upcoming auctions and roadshows, and the pinned and newest announcements, all from
 * one `GET /api/portal` (cached on the server).
 */
@Component({
  selector: 'tm-portal-board',
  imports: [FormsModule, RouterLink, TranslocoPipe, TrPipe, WallTimePipe, NzButtonModule, NzInputModule, NzSelectModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal-board.css',
  templateUrl: './portal-board.html',
})
export class PortalBoard {
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly text = T;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly regionLabel = regionLabel;
  protected readonly auctionStatus = AUCTION_STATUS_LABELS;
  protected readonly roadshowKinds = ROADSHOW_KIND_LABELS;
  protected readonly announcementKinds = ANNOUNCEMENT_KIND_LABELS;

  protected readonly portal = httpResource<Portal>(() => '/api/portal');
  protected readonly kind = signal<SearchKind>('achievements');
  protected query = '';

  constructor() {
    // the search box's input and select and the tags; the home page does not wait for them
    void loadStylesheet(LAZY_STYLES.forms);
    void loadStylesheet(LAZY_STYLES.catalog);
  }

  protected readonly total = computed(() => {
    const y = this.portal.value()?.figures.year;
    return y ? largeAmount(y.total, this.language.lang()) : '';
  });
  protected readonly target = computed(() => {
    const y = this.portal.value()?.figures.year;
    return y?.target ? largeAmount(y.target, this.language.lang()) : null;
  });

  protected search(): void {
    const q = this.query.trim();
    void this.router.navigate(['/', this.kind()], { queryParams: q ? { q } : {} });
  }

  protected amount(l: PortalListing, kind: SearchKind): string {
    if (l.amount === null) return this.language.t(T.negotiable);
    if (kind === 'needs') return this.language.t(T.budgetUpTo, { amount: formatYuan(l.amount, this.language.lang()) });
    if (kind === 'challenges') return this.language.t(T.bounty, { amount: formatYuan(l.amount, this.language.lang()) });
    return formatYuan(l.amount, this.language.lang());
  }
}
