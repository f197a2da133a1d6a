import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RoadshowDetail, roadshowPhase } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Observable, finalize } from 'rxjs';
import { RoadshowsApi, eventCalendarUrl } from '../data/roadshows.api';
import { registerState } from '../data/register-state';

const TEXT = {
  register: 'roadshows.registerBox.register',
  signIn: 'roadshows.registerBox.signIn',
  registered: 'roadshows.registerBox.registered',
  unregister: 'roadshows.registerBox.unregister',
  full: 'roadshows.registerBox.full',
  closed: 'roadshows.registerBox.closed',
  cancelled: 'roadshows.registerBox.cancelled',
  ics: 'roadshows.registerBox.ics',
  done: 'roadshows.registerBox.done',
  undone: 'roadshows.registerBox.undone',
  placesLeft: 'roadshows.registerBox.placesLeft',
} satisfies Record<string, string>;

/** The register button and its state: open, registered, full, closed or cancelled; plus the .ics. */
@Component({
  selector: 'tm-register-box',
  imports: [RouterLink, NzButtonModule, TranslocoPipe],
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
        <span class="state" data-testid="register-state">{{ text.registered | transloco }}</span>
        @if (phase() === 'upcoming') {
          <button nz-button type="button" [nzLoading]="busy()" (click)="unregister()" data-testid="unregister-button">{{ text.unregister | transloco }}</button>
        }
      }
      @case ('open') {
        @if (auth.signedIn()) {
          <button nz-button nzType="primary" type="button" [nzLoading]="busy()" (click)="register()" data-testid="register-button">{{ text.register | transloco }}</button>
        } @else {
          <a nz-button nzType="primary" routerLink="/login" [queryParams]="{ returnUrl: '/roadshows/' + r.id }" data-testid="register-sign-in">{{ text.signIn | transloco }}</a>
        }
        <span class="left">{{ text.placesLeft | transloco }} {{ r.capacity - r.registeredCount }}</span>
      }
      @default {
        <button nz-button type="button" disabled data-testid="register-button">{{ closedText() | transloco }}</button>
      }
    }
    <a nz-button nzType="link" [href]="icsUrl()" download data-testid="ics-link">{{ text.ics | transloco }}</a>
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

  private run(call: Observable<unknown>, done: string): void {
    this.busy.set(true);
    call.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => {
        this.message.success(this.language.t(done));
        this.changed.emit();
      },
      error: (e: unknown) => {
        this.message.error(describeError(e, this.language.lang()));
        this.changed.emit();
      },
    });
  }
}
