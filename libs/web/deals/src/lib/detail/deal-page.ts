import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTRACT_TYPE_LABELS, Deal, DEAL_STAGE_LABELS, DEAL_TRANSITIONS, DealStage, FIELD_LABELS } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, Localized, TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { formatAmount, shanghaiDay } from '../data/money';
import { DEAL_TEXT, SOURCE_LABELS } from '../data/texts';
import { AdvanceDialog } from '../shared/advance-dialog';

const TEXT = {
  back: { zh: '返回交易服务', en: 'Back to deals' },
  stage: { zh: '当前阶段', en: 'Stage' },
  source: { zh: '来源', en: 'Source' },
  field: { zh: '领域', en: 'Field' },
  region: { zh: '地区', en: 'Region' },
  contract: { zh: '合同', en: 'Contract' },
  contractNumber: { zh: '合同编号', en: 'Contract no.' },
  signedAt: { zh: '签约日期', en: 'Signed' },
  registration: { zh: '登记编号', en: 'Registration no.' },
  registeredAt: { zh: '登记日期', en: 'Registered' },
  timeline: { zh: '交易进程', en: 'Timeline' },
  opened: { zh: '建立交易', en: 'Deal opened' },
  system: { zh: '系统', en: 'System' },
  notFound: { zh: '交易不存在或您无权查看。', en: 'This deal does not exist or is not visible to you.' },
} satisfies Record<string, Localized>;

/** One deal: parties, contract facts, its timeline, and the next steps for its broker and staff. */
@Component({
  selector: 'tm-deal-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, TrPipe, AdvanceDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deal-page.html',
  styleUrl: './deal-page.css',
})
export class DealPage {
  /** The route's :id (component input binding). */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly dealText = DEAL_TEXT;
  protected readonly stageLabels = DEAL_STAGE_LABELS;
  protected readonly typeLabels = CONTRACT_TYPE_LABELS;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly day = shanghaiDay;

  protected readonly deal = httpResource<Deal>(() => `/api/deals/${encodeURIComponent(this.id())}`);
  protected readonly target = signal<DealStage | null>(null);

  protected readonly next = computed<readonly DealStage[]>(() => {
    if (!this.deal.hasValue()) return [];
    const deal = this.deal.value();
    const user = this.auth.user();
    const mayMove = !!user && (user.role === 'staff' || deal.broker?.id === user.id);
    return mayMove ? DEAL_TRANSITIONS[deal.stage] : [];
  });

  protected amount(yuan: number | null): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected moved(): void {
    this.target.set(null);
    this.deal.reload();
  }
}
