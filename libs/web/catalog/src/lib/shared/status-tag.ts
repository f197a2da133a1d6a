import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ListingStatus } from '@market/contracts';
import { TrPipe } from '@market/web/ui';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { STATUS_COLORS, statusLabel } from './labels';

/** 草稿 / 待审核 / 已发布 / 已驳回 / 已下架. */
@Component({
  selector: 'tm-status-tag',
  imports: [NzTagModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="status">{{ label() | tr }}</nz-tag>`,
})
export class StatusTag {
  readonly status = input.required<ListingStatus>();
  protected readonly label = computed(() => statusLabel(this.status()));
  protected readonly color = computed(() => STATUS_COLORS[this.status()] ?? 'default');
}
