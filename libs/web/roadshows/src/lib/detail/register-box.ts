import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RoadshowDetail, roadshowPhase } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, Localized, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Observable, finalize } from 'rxjs';
import { RoadshowsApi, eventCalendarUrl } from '../data/roadshows.api';
import { registerState } from '../data/register-state';

const TEXT = {
  register: { zh: '报名参加', en: 'Register' },
  signIn: { zh: '登录后报名', en: 'Sign in to register' },
  registered: { zh: '您已报名', en: 'You are registered' },
  unregister: { zh: '取消报名', en: 'Cancel my registration' },
  full: { zh: '名额已满', en: 'Full' },
  closed: { zh: '报名已截止', en: 'Registration closed' },
  cancelled: { zh: '活动已取消', en: 'Event cancelled' },
  ics: { zh: '加入日历 (.ics)', en: 'Add to calendar (.ics)' },
  done: { zh: '报名成功，活动开始前会提醒您', en: 'Registered; we will remind you before it starts' },
  undone: { zh: '已取消报名', en: 'Registration cancelled' },
  placesLeft: { zh: '剩余名额', en: 'Places left' },
} satisfies Record<string, Localized>;

/** The register button and its state: open, registered, full, closed or cancelled; plus the .ics. */
@Component({
  selector: 'tm-register-box',
  imports: [RouterLink, NzButtonModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .state { font-weight: 500; color: var(--market-success); }
    .left { color: var(--market-text-secondary); }
  `,
  template: `
    @let r = roadshow();
    @switch (state()) {
      @case ('registered') {
        <span class="state" data-testid="register-state">{{ text.registered | tr }}</span>
        @if (phase() === 'upcoming') {
          <button nz-button type="button" [nzLoading]="busy()" (click)="unregister()" data-testid="unregister-button">{{ text.unregister | tr }}</button>
        }
      }
      @case ('open') {
        @if (auth.signedIn()) {
          <button nz-button nzType="primary" type="button" [nzLoading]="busy()" (click)="register()" data-testid="register-button">{{ text.register | tr }}</button>
        } @else {
          <a nz-button nzType="primary" routerLink="/login" [queryParams]="{ returnUrl: '/roadshows/' + r.id }" data-testid="register-sign-in">{{ text.signIn | tr }}</a>
        }
        <span class="left">{{ text.placesLeft | tr }} {{ r.capacity - r.registeredCount }}</span>
      }
      @default {
        <button nz-button type="button" disabled data-testid="register-button">{{ closedText() | tr }}</button>
      }
    }
    <a nz-button nzType="link" [href]="icsUrl()" download data-testid="ics-link">{{ text.ics | tr }}</a>
  `,
})
export class RegisterBox {
  readonly roadshow = input.required<RoadshowDetail>();
  readonly changed = output<void>();

  protected readonly auth = inject(AuthStore);
  private readonly api = inject(RoadshowsApi);
  private readonly message = inject(NzMessageService);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly busy = signal(false);
  protected readonly phase = computed(() => roadshowPhase(this.roadshow()));
  protected readonly icsUrl = computed(() => eventCalendarUrl(this.roadshow().id));
  protected readonly state = computed(() => registerState(this.roadshow()));
  protected readonly closedText = computed(() => {
    const s = this.state();
    return s === 'full' ? TEXT.full : s === 'cancelled' ? TEXT.cancelled : TEXT.closed;
  });

  protected register(): void {
    this.run(this.api.register(this.roadshow().id), TEXT.done);
  }

  protected unregister(): void {
    this.run(this.api.unregister(this.roadshow().id), TEXT.undone);
  }

  private run(call: Observable<unknown>, done: Localized): void {
    this.busy.set(true);
    call.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => {
        this.message.success(this.language.text(done));
        this.changed.emit();
      },
      error: (e: unknown) => {
        this.message.error(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown));
        this.changed.emit();
      },
    });
  }
}
