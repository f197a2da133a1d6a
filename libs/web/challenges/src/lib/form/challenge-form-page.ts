import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHALLENGE_LIMITS as L, FIELDS, FIELD_LABELS, criteriaProblem, type Challenge, type ChallengeInput, type CriteriaProblem, type Field } from '@market/contracts';
import { pickerDate, pickerDateToIso, zoneName, formatUtcOffset } from '@market/shared/time';
import { LanguageService, RegionsStore, TrPipe, describeError, focusFirstError, formatYuan, placeServerErrors, revealErrors, yuanInWords } from '@market/web/ui';
import { HttpClient } from '@angular/common/http';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom, map, startWith } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { fieldTip, integer } from '../data/field-tip';
import { COMMON } from '../data/texts';

const TEXT = {
  newTitle: 'challenges.form.newTitle',
  editTitle: 'challenges.form.editTitle',
  lead: 'challenges.form.lead',
  title: 'challenges.form.title',
  description: 'challenges.form.description',
  requirement: 'challenges.form.requirement',
  addRequirement: 'challenges.form.addRequirement',
  remove: 'challenges.form.remove',
  removeRequirement: 'challenges.form.removeRequirement',
  criterion: 'challenges.form.criterion',
  addCriterion: 'challenges.form.addCriterion',
  removeCriterion: 'challenges.form.removeCriterion',
  weightSum: 'challenges.form.weightSum',
  choose: 'challenges.form.choose',
  zoneLabel: 'challenges.form.zoneLabel',
  saveDraft: 'challenges.form.saveDraft',
  saveAndSubmit: 'challenges.form.saveAndSubmit',
  checkFields: 'challenges.form.checkFields',
  criteriaProblems: {
    count: 'challenges.form.criteriaProblems.count',
    name: 'challenges.form.criteriaProblems.name',
    duplicate: 'challenges.form.criteriaProblems.duplicate',
    weight: 'challenges.form.criteriaProblems.weight',
    sum: 'challenges.form.criteriaProblems.sum',
  } satisfies Record<CriteriaProblem, string>,
} as const;


const DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm';
const TIME_OPTIONS = { nzFormat: 'HH:mm' };
const future: ValidatorFn = (c) => (c.value instanceof Date && (pickerDateToIso(c.value) ?? '') <= new Date().toISOString() ? { future: true } : null);
const DEFAULT_CRITERIA = [
  { name: '技术先进性', weight: 40 },
  { name: '指标可达性', weight: 30 },
  { name: '团队与条件', weight: 20 },
  { name: '报价合理性', weight: 10 },
];

/**
 * 发布榜单 / 修改榜单 (enterprises and staff): the problem, its technical indicators (one per
 * line), the bounty, the deadline in the market's zone, and the evaluation criteria whose weights
 * sum to 100 — the same rule the server checks (criteriaProblem in @market/contracts).
 */
@Component({
  selector: 'tm-challenge-form-page',
  imports: [ReactiveFormsModule, NzAlertModule, NzButtonModule, NzDatePickerModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="challenge-form">
      <h1>{{ (id() ? text.editTitle : text.newTitle) | transloco }}</h1>
      <p class="hint">{{ text.lead | transloco }}</p>
      @if (problemText(); as message) {
        <nz-alert class="server-error" nzType="error" nzShowIcon [nzMessage]="message" data-testid="form-error" />
      }
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save(true)" novalidate>
        <nz-form-item>
          <nz-form-label nzFor="c-title" nzRequired>{{ text.title | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip(form.controls.title, text.title)">
            <input nz-input id="c-title" formControlName="title" [maxlength]="limits.title.maxLength" data-testid="challenge-title-input" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="c-desc" nzRequired>{{ text.description | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip(form.controls.description, text.description)">
            <textarea nz-input id="c-desc" formControlName="description" rows="5" [maxlength]="limits.description.maxLength" data-testid="challenge-description"></textarea>
          </nz-form-control>
        </nz-form-item>
        <fieldset class="group" formArrayName="requirements">
          <legend>{{ common.requirements | transloco }}</legend>
          @for (r of form.controls.requirements.controls; track r; let i = $index) {
            <nz-form-item>
              <nz-form-label [nzFor]="'c-req-' + i" nzRequired>{{ text.requirement | transloco: { n: i + 1 } }}</nz-form-label>
              <nz-form-control [nzErrorTip]="tip(r, text.requirement)">
                <div class="line">
                  <input nz-input [id]="'c-req-' + i" [formControlName]="i" [maxlength]="limits.requirement.maxLength" data-testid="challenge-requirement" />
                  @if (form.controls.requirements.length > 1) {
                    <button nz-button nzDanger type="button" (click)="form.controls.requirements.removeAt(i)" [attr.aria-label]="text.removeRequirement | transloco: { n: i + 1 }">{{ text.remove | transloco }}</button>
                  }
                </div>
              </nz-form-control>
            </nz-form-item>
          }
          @if (form.controls.requirements.length < limits.requirements.max) {
            <button nz-button type="button" (click)="addRequirement()" data-testid="challenge-add-requirement">{{ text.addRequirement | transloco }}</button>
          }
        </fieldset>
        <div class="grid">
          <nz-form-item>
            <nz-form-label nzFor="c-field" nzRequired>{{ common.field | transloco }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip(form.controls.field, common.field, 'choose')">
              <nz-select nzId="c-field" formControlName="field" [nzPlaceHolder]="text.choose | transloco" data-testid="challenge-field">
                @for (f of fields; track f) {
                  <nz-option [nzValue]="f" [nzLabel]="fieldLabels[f] | tr" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="c-region" nzRequired>{{ common.region | transloco }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip(form.controls.region, common.region, 'choose')">
              <nz-select nzId="c-region" formControlName="region" [nzPlaceHolder]="text.choose | transloco" data-testid="challenge-region">
                @for (r of regions.options(); track r.value) {
                  <nz-option [nzValue]="r.value" [nzLabel]="r.label | tr" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="c-bounty" nzRequired>{{ common.bounty | transloco }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip(form.controls.bounty, common.bounty)" [nzExtra]="inWords(bounty())">
              <nz-input-number nzId="c-bounty" formControlName="bounty" [nzMin]="limits.bounty.min" [nzStep]="10000" [nzPrecision]="0"
                               [nzAddonAfter]="common.yuan | transloco" data-testid="challenge-bounty-input" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="c-deadline" nzRequired>{{ common.deadline | transloco }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip(form.controls.deadline, common.deadline, 'choose')" [nzExtra]="zoneLabel()">
              <!-- Enter confirms the typed time in the picker; it must not submit the form as well. -->
              <nz-date-picker nzId="c-deadline" formControlName="deadline" [nzShowTime]="timeOptions" [nzFormat]="format" [nzAllowClear]="false"
                              (keydown.enter)="$event.preventDefault()" data-testid="challenge-deadline" />
            </nz-form-control>
          </nz-form-item>
        </div>
        <fieldset class="group" formArrayName="criteria">
          <legend>{{ common.criteria | transloco }}</legend>
          @for (k of form.controls.criteria.controls; track k; let i = $index) {
            <div class="criterion" [formGroupName]="i" data-testid="challenge-criterion">
              <nz-form-item class="name">
                <nz-form-label [nzFor]="'c-k-' + i" nzRequired>{{ text.criterion | transloco: { n: i + 1 } }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(k.controls.name, text.criterion)">
                  <input nz-input [id]="'c-k-' + i" formControlName="name" [maxlength]="limits.criterion.maxLength" data-testid="criterion-name" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item class="weight">
                <nz-form-label [nzFor]="'c-w-' + i" nzRequired>{{ common.weight | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(k.controls.weight, common.weight)">
                  <nz-input-number [nzId]="'c-w-' + i" formControlName="weight" [nzMin]="1" [nzMax]="100" [nzPrecision]="0" nzAddonAfter="%" data-testid="criterion-weight" />
                </nz-form-control>
              </nz-form-item>
              @if (form.controls.criteria.length > 1) {
                <button nz-button nzDanger type="button" class="remove" (click)="form.controls.criteria.removeAt(i)" [attr.aria-label]="text.removeCriterion | transloco: { n: i + 1 }">{{ text.remove | transloco }}</button>
              }
            </div>
          }
          <p class="sum" [class.bad]="criteriaError()" role="status" data-testid="criteria-sum">
            {{ text.weightSum | transloco: { sum: weightSum() } }}@if (criteriaError(); as e) { · {{ e | transloco }} }
          </p>
          @if (form.controls.criteria.length < limits.criteria.max) {
            <button nz-button type="button" (click)="addCriterion()" data-testid="challenge-add-criterion">{{ text.addCriterion | transloco }}</button>
          }
        </fieldset>
        <div class="actions">
          <button nz-button type="button" [nzLoading]="busy()" (click)="save(false)" data-testid="challenge-save">{{ text.saveDraft | transloco }}</button>
          <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="challenge-save-submit">{{ text.saveAndSubmit | transloco }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .page { max-width: 860px; margin: 0 auto; padding: 16px; }
    h1 { font-size: 21px; }
    .hint { color: var(--market-text-secondary); font-size: 13px; }
    .server-error { margin-bottom: 16px; }
    .group { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px; margin: 12px 0; background: #fff; min-width: 0; }
    .group legend { font-size: 15px; font-weight: 500; padding: 0 4px; width: auto; margin: 0; border: 0; color: rgba(0, 0, 0, 0.88); }
    .line { display: flex; gap: 8px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 0 12px; }
    .grid nz-select, .grid nz-input-number, .grid nz-date-picker { width: 100%; }
    .criterion { display: flex; flex-wrap: wrap; gap: 0 12px; align-items: flex-end; }
    .criterion .name { flex: 1 1 220px; }
    .criterion .weight { flex: 0 0 140px; }
    .criterion .remove { margin-bottom: 24px; }
    .sum { margin: 0 0 8px; color: var(--market-text-secondary); }
    .sum.bad { color: var(--market-danger); }
    .actions { display: flex; gap: 8px; margin-top: 16px; flex-wrap: wrap; }
  `,
})
export class ChallengeFormPage implements OnInit {
  readonly id = input<string>();
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly limits = L;
  protected readonly fields = FIELDS;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly format = DATE_TIME_FORMAT;
  protected readonly timeOptions = TIME_OPTIONS;
  protected readonly regions = inject(RegionsStore);
  private readonly api = inject(ChallengesApi);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(L.title.minLength), Validators.maxLength(L.title.maxLength)]],
    description: ['', [Validators.required, Validators.minLength(L.description.minLength), Validators.maxLength(L.description.maxLength)]],
    requirements: this.fb.array([this.requirement('')]),
    field: this.fb.control<Field | null>(null, Validators.required),
    region: this.fb.control<string | null>(null, Validators.required),
    bounty: this.fb.control<number | null>(null, [Validators.required, Validators.min(L.bounty.min), Validators.max(L.bounty.max), integer]),
    deadline: this.fb.control<Date | null>(pickerDate(Date.now() + 30 * 24 * 3600_000), [Validators.required, future]),
    criteria: this.fb.array(DEFAULT_CRITERIA.map((c) => this.criterion(c.name, c.weight))),
  });

  private readonly criteriaValue = toSignal(this.form.controls.criteria.valueChanges.pipe(startWith(this.form.controls.criteria.value)), { requireSync: true });
  protected readonly bounty = toSignal(this.form.controls.bounty.valueChanges.pipe(startWith(this.form.controls.bounty.value), map((v) => v ?? null)), { requireSync: true });
  protected readonly weightSum = computed(() => this.criteriaValue().reduce((s, c) => s + (c.weight ?? 0), 0));
  protected readonly criteriaError = computed(() => {
    const problem = criteriaProblem(this.criteriaValue().map((c) => ({ name: c.name ?? '', weight: c.weight ?? 0 })));
    return problem ? TEXT.criteriaProblems[problem] : null;
  });
  protected readonly zoneLabel = computed(() => this.language.t(TEXT.zoneLabel, { zone: this.language.text(zoneName()), offset: formatUtcOffset() }));

  protected readonly busy = signal(false);
  private readonly problem = signal<{ kind: 'fields' } | { kind: 'server'; error: unknown } | null>(null);
  protected readonly problemText = computed(() => {
    const p = this.problem();
    if (!p) return null;
    return p.kind === 'fields' ? this.language.t(TEXT.checkFields) : describeError(p.error, this.language.lang());
  });

  constructor() {
    this.regions.load();
  }

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (!id) return;
    try {
      const c = await firstValueFrom(this.http.get<Challenge>(`/api/challenges/${encodeURIComponent(id)}`));
      this.form.controls.requirements.clear();
      for (const r of c.requirements) this.form.controls.requirements.push(this.requirement(r));
      this.form.controls.criteria.clear();
      for (const k of c.criteria) this.form.controls.criteria.push(this.criterion(k.name, k.weight));
      this.form.patchValue({ title: c.title, description: c.description, field: c.field, region: c.region, bounty: c.bounty, deadline: pickerDate(c.deadline) });
    } catch (e) {
      this.problem.set({ kind: 'server', error: e });
    }
  }

  private requirement(value: string) {
    return this.fb.control(value, [Validators.required, Validators.maxLength(L.requirement.maxLength)]);
  }

  private criterion(name: string, weight: number | null) {
    return this.fb.group({
      name: this.fb.control(name, [Validators.required, Validators.maxLength(L.criterion.maxLength)]),
      weight: this.fb.control<number | null>(weight, [Validators.required, Validators.min(1), Validators.max(100), integer]),
    });
  }

  protected addRequirement(): void {
    this.form.controls.requirements.push(this.requirement(''));
  }

  protected addCriterion(): void {
    this.form.controls.criteria.push(this.criterion('', null));
  }

  protected inWords(yuan: number | null): string {
    if (yuan === null) return '';
    const lang = this.language.lang();
    return lang === 'en' ? formatYuan(yuan, lang) : yuanInWords(yuan, lang);
  }

  protected tip(control: AbstractControl, label: string, missing: 'required' | 'choose' = 'required'): string {
    return fieldTip(this.language, control, label, missing);
  }


  /** Saves the draft (created or edited); with `submit`, sends it to staff review as well. */
  protected async save(submit: boolean): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid || this.criteriaError()) {
      revealErrors(this.form);
      this.problem.set({ kind: 'fields' });
      focusFirstError(this.host.nativeElement, this.injector);
      return;
    }
    const v = this.form.getRawValue();
    const body: ChallengeInput = {
      title: v.title.trim(),
      description: v.description.trim(),
      requirements: v.requirements.map((r) => r.trim()).filter(Boolean),
      field: v.field as Field,
      region: v.region as string,
      bounty: v.bounty ?? 0,
      deadline: pickerDateToIso(v.deadline) ?? '',
      criteria: v.criteria.map((c) => ({ name: c.name.trim(), weight: c.weight ?? 0 })),
    };
    this.busy.set(true);
    try {
      const id = this.id();
      const saved = await firstValueFrom(id ? this.api.update(id, body) : this.api.create(body));
      if (submit) await firstValueFrom(this.api.submit(saved.id));
      await this.router.navigate(['/challenges', saved.id]);
    } catch (e) {
      const { placed, all } = placeServerErrors(this.form, e);
      this.problem.set(all ? { kind: 'fields' } : { kind: 'server', error: e });
      if (placed > 0) focusFirstError(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}

