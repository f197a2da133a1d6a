import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHALLENGE_LIMITS as L, type Challenge } from '@market/contracts';
import { pickerDate, pickerDateToIso, wallDate } from '@market/shared/time';
import { LanguageService, describeError, focusFirstError, formatAmount, formatYuan, placeServerErrors, revealErrors, yuanInWords } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { firstValueFrom } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { fieldTip, integer } from '../data/field-tip';
import { COMMON } from '../data/texts';

const TEXT = {
  title: 'challenges.apply.title',
  lead: 'challenges.apply.lead',
  approach: 'challenges.apply.approach',
  team: 'challenges.apply.team',
  memberName: 'challenges.apply.memberName',
  memberTitle: 'challenges.apply.memberTitle',
  addMember: 'challenges.apply.addMember',
  milestones: 'challenges.apply.milestones',
  milestone: 'challenges.apply.milestone',
  dueAt: 'challenges.apply.dueAt',
  addMilestone: 'challenges.apply.addMilestone',
  remove: 'challenges.apply.remove',
  removeRow: 'challenges.apply.removeRow',
  priceOptional: 'challenges.apply.priceOptional',
  priceHint: 'challenges.apply.priceHint',
  submit: 'challenges.apply.submit',
  checkFields: 'challenges.apply.checkFields',
} satisfies Record<string, string>;



/** 揭榜: a research team's or an enterprise's application — the approach, the team, the milestones, the price. */
@Component({
  selector: 'tm-application-form-page',
  imports: [ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzDatePickerModule, NzFormModule, NzInputModule, NzInputNumberModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="application-form">
      <a [routerLink]="['/challenges', id()]" class="back">← {{ common.back | transloco }}</a>
      <h1>{{ text.title | transloco }}</h1>
      @if (challenge.hasValue()) {
        <p class="meta"><span data-user-content>{{ challenge.value().title }}</span> · {{ common.bounty | transloco }} {{ money(challenge.value().bounty) }}</p>
      }
      <p class="meta">{{ text.lead | transloco }}</p>
      @if (problemText(); as message) {
        <nz-alert class="server-error" nzType="error" nzShowIcon [nzMessage]="message" data-testid="form-error" />
      }
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <nz-form-item>
          <nz-form-label nzFor="a-approach" nzRequired>{{ text.approach | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip(form.controls.approach, text.approach)">
            <textarea nz-input id="a-approach" formControlName="approach" rows="6" [maxlength]="limits.approach.maxLength" data-testid="application-approach"></textarea>
          </nz-form-control>
        </nz-form-item>
        <fieldset class="group" formArrayName="team">
          <legend>{{ text.team | transloco }}</legend>
          @for (m of form.controls.team.controls; track m; let i = $index) {
            <div class="row" [formGroupName]="i">
              <nz-form-item>
                <nz-form-label [nzFor]="'a-m-' + i" nzRequired>{{ text.memberName | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(m.controls.name, text.memberName)">
                  <input nz-input [id]="'a-m-' + i" formControlName="name" [maxlength]="limits.teamName.maxLength" data-testid="member-name" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label [nzFor]="'a-t-' + i" nzRequired>{{ text.memberTitle | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(m.controls.title, text.memberTitle)">
                  <input nz-input [id]="'a-t-' + i" formControlName="title" [maxlength]="limits.teamTitle.maxLength" data-testid="member-title" />
                </nz-form-control>
              </nz-form-item>
              @if (form.controls.team.length > 1) {
                <button nz-button nzDanger type="button" class="remove" (click)="form.controls.team.removeAt(i)" [attr.aria-label]="text.removeRow | transloco: { n: i + 1 }">{{ text.remove | transloco }}</button>
              }
            </div>
          }
          <button nz-button type="button" (click)="addMember()" data-testid="add-member">{{ text.addMember | transloco }}</button>
        </fieldset>
        <fieldset class="group" formArrayName="milestones">
          <legend>{{ text.milestones | transloco }}</legend>
          @for (s of form.controls.milestones.controls; track s; let i = $index) {
            <div class="row" [formGroupName]="i">
              <nz-form-item>
                <nz-form-label [nzFor]="'a-s-' + i" nzRequired>{{ text.milestone | transloco: { n: i + 1 } }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(s.controls.title, text.milestone)">
                  <input nz-input [id]="'a-s-' + i" formControlName="title" [maxlength]="limits.milestone.maxLength" data-testid="milestone-title" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label [nzFor]="'a-d-' + i" nzRequired>{{ text.dueAt | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(s.controls.dueAt, text.dueAt, 'choose')">
                  <nz-date-picker [nzId]="'a-d-' + i" formControlName="dueAt" nzFormat="yyyy-MM-dd" (keydown.enter)="$event.preventDefault()" data-testid="milestone-due" />
                </nz-form-control>
              </nz-form-item>
              @if (form.controls.milestones.length > 1) {
                <button nz-button nzDanger type="button" class="remove" (click)="form.controls.milestones.removeAt(i)" [attr.aria-label]="text.removeRow | transloco: { n: i + 1 }">{{ text.remove | transloco }}</button>
              }
            </div>
          }
          <button nz-button type="button" (click)="addMilestone()" data-testid="add-milestone">{{ text.addMilestone | transloco }}</button>
        </fieldset>
        <nz-form-item>
          <nz-form-label nzFor="a-price">{{ text.priceOptional | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip(form.controls.price, common.price)" [nzExtra]="priceExtra()">
            <nz-input-number nzId="a-price" formControlName="price" [nzMin]="0" [nzStep]="10000" [nzPrecision]="0" [nzAddonAfter]="common.yuan | transloco" data-testid="application-price" />
          </nz-form-control>
        </nz-form-item>
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="application-submit">{{ text.submit | transloco }}</button>
      </form>
    </section>
  `,
  styles: `
    .page { max-width: 860px; margin: 0 auto; padding: 16px; }
    .back { display: inline-block; margin-bottom: 8px; }
    h1 { font-size: 21px; }
    .meta { color: var(--market-text-secondary); overflow-wrap: anywhere; }
    .server-error { margin-bottom: 16px; }
    .group { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px; margin: 12px 0; background: #fff; min-width: 0; }
    .group legend { font-size: 15px; font-weight: 500; padding: 0 4px; width: auto; margin: 0; border: 0; color: rgba(0, 0, 0, 0.88); }
    .row { display: flex; flex-wrap: wrap; gap: 0 12px; align-items: flex-end; }
    .row nz-form-item { flex: 1 1 200px; }
    .row nz-date-picker { width: 100%; }
    .row .remove { margin-bottom: 24px; }
    nz-input-number { width: 220px; max-width: 100%; }
  `,
})
export class ApplicationFormPage {
  readonly id = input.required<string>();
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly limits = L;
  private readonly api = inject(ChallengesApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly challenge = httpResource<Challenge>(() => `/api/challenges/${encodeURIComponent(this.id())}`);

  protected readonly form = this.fb.group({
    approach: ['', [Validators.required, Validators.minLength(L.approach.minLength), Validators.maxLength(L.approach.maxLength)]],
    team: this.fb.array([this.member()]),
    milestones: this.fb.array([this.milestone()]),
    price: this.fb.control<number | null>(null, [Validators.min(0), integer]),
  });
  protected readonly busy = signal(false);
  private readonly problem = signal<{ kind: 'fields' } | { kind: 'server'; error: unknown } | null>(null);
  protected readonly problemText = computed(() => {
    const p = this.problem();
    if (!p) return null;
    return p.kind === 'fields' ? this.language.t(TEXT.checkFields) : describeError(p.error, this.language.lang());
  });

  private member() {
    return this.fb.group({ name: ['', [Validators.required, Validators.maxLength(L.teamName.maxLength)]], title: ['', [Validators.required, Validators.maxLength(L.teamTitle.maxLength)]] });
  }

  private milestone() {
    return this.fb.group({ title: ['', [Validators.required, Validators.maxLength(L.milestone.maxLength)]], dueAt: this.fb.control<Date | null>(pickerDate(Date.now() + 90 * 24 * 3600_000), Validators.required) });
  }

  protected addMember(): void {
    this.form.controls.team.push(this.member());
  }

  protected addMilestone(): void {
    this.form.controls.milestones.push(this.milestone());
  }

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected priceExtra(): string {
    const price = this.form.controls.price.value;
    if (price === null) return this.language.t(TEXT.priceHint);
    return this.language.lang() === 'en' ? formatYuan(price, 'en') : yuanInWords(price, 'zh');
  }

  protected tip(control: AbstractControl, label: string, missing: 'required' | 'choose' = 'required'): string {
    return fieldTip(this.language, control, label, missing);
  }


  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      this.problem.set({ kind: 'fields' });
      focusFirstError(this.host.nativeElement, this.injector);
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.api.apply(this.id(), {
          approach: v.approach.trim(),
          team: v.team.map((m) => ({ name: m.name.trim(), title: m.title.trim() })),
          milestones: v.milestones.map((s) => ({ title: s.title.trim(), dueAt: wallDate(pickerDateToIso(s.dueAt) ?? new Date().toISOString()) })),
          ...(v.price !== null ? { price: v.price } : {}),
        }),
      );
      await this.router.navigate(['/challenges', this.id()]);
    } catch (e) {
      const { placed, all } = placeServerErrors(this.form, e);
      this.problem.set(all ? { kind: 'fields' } : { kind: 'server', error: e });
      if (placed > 0) focusFirstError(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
