import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RoadshowDetail, RoadshowRegistrant, roadshowPhase } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable } from 'rxjs';
import { RoadshowsApi } from '../data/roadshows.api';

const TEXT = {
  manage: 'roadshows.staffPanel.manage',
  edit: 'roadshows.staffPanel.edit',
  cancel: 'roadshows.staffPanel.cancel',
  confirmCancel: 'roadshows.staffPanel.confirmCancel',
  registrants: 'roadshows.staffPanel.registrants',
  none: 'roadshows.staffPanel.none',
  attended: 'roadshows.staffPanel.attended',
  absent: 'roadshows.staffPanel.absent',
  markHint: 'roadshows.staffPanel.markHint',
  cancelledReg: 'roadshows.staffPanel.cancelledReg',
  saved: 'roadshows.staffPanel.saved',
} satisfies Record<string, string>;

/** Staff only: edit, cancel, and after the start the attendance of each registered user. */
@Component({
  selector: 'tm-staff-panel',
  imports: [RouterLink, NzButtonModule, NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './staff-panel.css',
  template: `
    @let r = roadshow();
    <h2>{{ text.manage | transloco }}</h2>
    <div class="actions">
      @if (phase() === 'upcoming') {
        <a nz-button [routerLink]="['/roadshows', r.id, 'edit']" data-testid="edit-roadshow">{{ text.edit | transloco }}</a>
      }
      @if (phase() === 'upcoming' || phase() === 'ongoing') {
        @if (confirming()) {
          <button nz-button nzDanger nzType="primary" type="button" (click)="cancelEvent()" data-testid="confirm-cancel-roadshow">{{ text.confirmCancel | transloco }}</button>
        } @else {
          <button nz-button nzDanger type="button" (click)="confirming.set(true)" data-testid="cancel-roadshow">{{ text.cancel | transloco }}</button>
        }
      }
    </div>
    <h3>{{ text.registrants | transloco }} ({{ r.registeredCount }}/{{ r.capacity }})</h3>
    @if (!started()) {
      <p class="muted">{{ text.markHint | transloco }}</p>
    }
    @if (list.hasValue()) {
      @if (list.value().items.length === 0) {
        <p class="muted">{{ text.none | transloco }}</p>
      }
      <ul class="people" data-testid="registrants">
        @for (p of list.value().items; track p.registrationId) {
          <li>
            <span class="who" data-user-content>{{ p.name }} <span class="muted">{{ p.organizationName }}</span></span>
            @if (p.status === 'cancelled') {
              <nz-tag>{{ text.cancelledReg | transloco }}</nz-tag>
            } @else if (started()) {
              <span class="mark">
                <button nz-button nzSize="small" type="button" [nzType]="p.attended === true ? 'primary' : 'default'" (click)="mark(p, true)">{{ text.attended | transloco }}</button>
                <button nz-button nzSize="small" type="button" [nzType]="p.attended === false ? 'primary' : 'default'" (click)="mark(p, false)">{{ text.absent | transloco }}</button>
              </span>
            }
          </li>
        }
      </ul>
    }
  `,
})
export class StaffPanel {
  readonly roadshow = input.required<RoadshowDetail>();
  readonly changed = output<void>();

  private readonly api = inject(RoadshowsApi);
  private readonly message = inject(NzMessageService);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly confirming = signal(false);
  protected readonly phase = computed(() => roadshowPhase(this.roadshow()));
  protected readonly started = computed(() => this.phase() === 'ongoing' || this.phase() === 'ended');
  protected readonly list = httpResource<{ items: RoadshowRegistrant[] }>(() => `/api/roadshows/${encodeURIComponent(this.roadshow().id)}/registrations`);

  protected cancelEvent(): void {
    this.run(this.api.cancel(this.roadshow().id));
  }

  protected mark(p: RoadshowRegistrant, attended: boolean): void {
    this.run(this.api.attendance(this.roadshow().id, [p.userId], attended));
  }

  private run(call: Observable<unknown>): void {
    call.subscribe({
      next: () => {
        this.message.success(this.language.t(TEXT.saved));
        this.confirming.set(false);
        this.list.reload();
        this.changed.emit();
      },
      error: (e: unknown) => this.message.error(describeError(e, this.language.lang())),
    });
  }
}
