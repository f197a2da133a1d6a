import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { Achievement, Paginated } from '@market/contracts';
import { formatUtcOffset, wallInput, wallInputToIso, zoneName } from '@market/shared/time';
import { LanguageService, Localized, TrPipe, serverMessage } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { firstValueFrom } from 'rxjs';
import { AuctionsApi, type LotInput } from '../data/auctions.api';
import { T } from '../data/texts';

const TEXT = {
  ...T,
  title: { zh: '活动名称', en: 'Title' },
  description: { zh: '说明', en: 'Description' },
  terms: { zh: '竞买须知（选填，留空则使用平台标准须知）', en: 'Terms of bidding (optional; empty uses the standard terms)' },
  achievement: { zh: '上拍成果（已发布）', en: 'Result (published)' },
  choose: { zh: '请选择成果', en: 'Choose a result' },
  addLot: { zh: '添加拍品', en: 'Add a lot' },
  removeLot: { zh: '移除', en: 'Remove' },
  optional: { zh: '可选', en: 'optional' },
  submit: { zh: '创建竞价活动', en: 'Create the auction' },
  needLot: { zh: '请为每个拍品选择成果', en: 'Choose a result for every lot' },
} satisfies Record<string, Localized>;

interface LotDraft {
  achievementId: string;
  startingPrice: number | null;
  increment: number | null;
  reservePrice: number | null;
  deposit: number | null;
  endsAt: string;
}

/** A datetime-local value `h` hours from now, on the market's clock. */
const inHours = (h: number) => wallInput(new Date(Date.now() + h * 3600_000));

/**
 * `<input type="datetime-local">` → ISO on the market's clock; something unreadable goes to the
 * server as typed, which refuses it with a message naming the field.
 */
const toIso = (value: string) => wallInputToIso(value) ?? value;

/** Staff console: an auction event with lots taken from published achievements. */
@Component({
  selector: 'tm-auction-form-page',
  imports: [FormsModule, NzButtonModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; max-width: 860px; margin: 0 auto; padding: 16px; }
    label { display: block; margin: 10px 0 4px; font-weight: 500; }
    input, select, textarea { width: 100%; padding: 6px 8px; border: 1px solid #d9d9d9; border-radius: 6px; font: inherit; }
    .lot { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px; margin: 12px 0; background: #fff; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 0 12px; }
    .error { color: #cf1322; }
    .hint { color: var(--market-text-secondary); font-size: 13px; }
    .actions { display: flex; gap: 8px; margin-top: 16px; flex-wrap: wrap; }
  `,
  template: `
    <h1 style="font-size: 21px">{{ text.create | tr }}</h1>
    <p class="hint">{{ tz | tr }}</p>
    <form (ngSubmit)="submit()">
      <label for="a-title">{{ text.title | tr }}</label>
      <input id="a-title" name="title" [(ngModel)]="title" required maxlength="200" data-testid="auction-title" />
      <label for="a-desc">{{ text.description | tr }}</label>
      <textarea id="a-desc" name="description" [(ngModel)]="description" rows="2" maxlength="5000"></textarea>
      <label for="a-terms">{{ text.terms | tr }}</label>
      <textarea id="a-terms" name="terms" [(ngModel)]="terms" rows="4" maxlength="10000" data-testid="auction-terms-input"></textarea>
      <div class="grid">
        <div>
          <label for="a-start">{{ text.startsAt | tr }}</label>
          <input id="a-start" type="datetime-local" name="startsAt" [(ngModel)]="startsAt" required data-testid="auction-starts" />
        </div>
        <div>
          <label for="a-ext">{{ text.extension | tr }}（{{ text.seconds | tr }}）</label>
          <input id="a-ext" type="number" min="0" max="3600" name="extensionSeconds" [(ngModel)]="extensionSeconds" />
        </div>
      </div>
      @for (lot of lots(); track $index; let i = $index) {
        <fieldset class="lot" [attr.data-testid]="'lot-' + i">
          <label [for]="'l-a-' + i">{{ text.achievement | tr }}</label>
          <select [id]="'l-a-' + i" [name]="'achievement' + i" [(ngModel)]="lot.achievementId" data-testid="lot-achievement">
            <option value="">{{ text.choose | tr }}</option>
            @for (a of achievements(); track a.id) { <option [value]="a.id">{{ a.title }}</option> }
          </select>
          <div class="grid">
            <div><label [for]="'l-s-' + i">{{ text.startingPrice | tr }}（元）</label><input [id]="'l-s-' + i" type="number" min="0" step="1" [name]="'start' + i" [(ngModel)]="lot.startingPrice" data-testid="lot-starting" /></div>
            <div><label [for]="'l-i-' + i">{{ text.increment | tr }}（元）</label><input [id]="'l-i-' + i" type="number" min="1" step="1" [name]="'inc' + i" [(ngModel)]="lot.increment" data-testid="lot-increment" /></div>
            <div><label [for]="'l-r-' + i">{{ text.reservePrice | tr }}（{{ text.optional | tr }}）</label><input [id]="'l-r-' + i" type="number" min="0" step="1" [name]="'res' + i" [(ngModel)]="lot.reservePrice" /></div>
            <div><label [for]="'l-d-' + i">{{ text.deposit | tr }}（元）</label><input [id]="'l-d-' + i" type="number" min="0" step="1" [name]="'dep' + i" [(ngModel)]="lot.deposit" data-testid="lot-deposit" /></div>
            <div><label [for]="'l-e-' + i">{{ text.endsAt | tr }}</label><input [id]="'l-e-' + i" type="datetime-local" [name]="'ends' + i" [(ngModel)]="lot.endsAt" data-testid="lot-ends" /></div>
          </div>
          @if (lots().length > 1) { <button nz-button type="button" nzSize="small" (click)="remove(i)">{{ text.removeLot | tr }}</button> }
        </fieldset>
      }
      <div class="actions">
        <button nz-button type="button" (click)="add()">{{ text.addLot | tr }}</button>
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="auction-submit">{{ text.submit | tr }}</button>
      </div>
      @if (error()) { <p class="error" role="alert" data-testid="form-error">{{ error() }}</p> }
    </form>
  `,
})
export class AuctionFormPage {
  protected readonly text = TEXT;
  /** 时间均为北京时间 / Times are Beijing time (UTC+8): the market's zone, set at start-up. */
  protected readonly tz: Localized = { zh: `时间均为${zoneName().zh}`, en: `Times are ${zoneName().en} (${formatUtcOffset()})` };
  private readonly api = inject(AuctionsApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly published = httpResource<Paginated<Achievement>>(() => '/api/achievements?pageSize=100');
  protected readonly achievements = computed(() => (this.published.hasValue() ? this.published.value().items : []));

  protected title = '';
  protected description = '';
  protected terms = '';
  protected startsAt = inHours(1);
  protected extensionSeconds = 300;
  protected readonly lots = signal<LotDraft[]>([this.blankLot()]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  private blankLot(): LotDraft {
    return { achievementId: '', startingPrice: null, increment: null, reservePrice: null, deposit: null, endsAt: inHours(25) };
  }

  protected add(): void {
    this.lots.update((l) => [...l, this.blankLot()]);
  }
  protected remove(i: number): void {
    this.lots.update((l) => l.filter((_, k) => k !== i));
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.lots().some((l) => !l.achievementId)) {
      this.error.set(this.language.text(TEXT.needLot));
      return;
    }
    const lots: LotInput[] = this.lots().map((l) => ({
      achievementId: l.achievementId,
      startingPrice: Number(l.startingPrice ?? 0),
      increment: Number(l.increment ?? 0),
      ...(l.reservePrice !== null && `${l.reservePrice}` !== '' ? { reservePrice: Number(l.reservePrice) } : {}),
      deposit: Number(l.deposit ?? 0),
      endsAt: toIso(l.endsAt),
    }));
    this.busy.set(true);
    try {
      const auction = await firstValueFrom(
        this.api.create({ title: this.title, description: this.description || undefined, terms: this.terms.trim() || undefined, startsAt: toIso(this.startsAt), extensionSeconds: Number(this.extensionSeconds), lots }),
      );
      await this.router.navigate(['/auctions', auction.id]);
    } catch (e) {
      this.error.set(serverMessage(e, this.language.lang()) ?? this.language.text(T.loadError));
    } finally {
      this.busy.set(false);
    }
  }
}
