import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ANNOUNCEMENT_KIND_LABELS, ANNOUNCEMENT_KINDS, ANNOUNCEMENT_LIMITS, type Announcement, type AnnouncementInput, type AnnouncementKind } from '@market/contracts';
import { LanguageService, TrPipe, describeError, showFieldErrors } from '@market/web/ui';
import { QuillEditorComponent } from 'ngx-quill';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FORM_TEXT as T } from '../data/texts';

/** The editor's words without markup: a body of empty paragraphs counts as empty, as on the server. */
const hasWords: (c: AbstractControl) => ValidationErrors | null = (c) => {
  const text = String(c.value ?? '').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').trim();
  return text ? null : { bodyEmpty: true };
};

/** The editor's toolbar: what the server keeps (headings, emphasis, lists, quotes, links). */
const TOOLBAR = [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline', 'strike'], [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'link'], ['clean']];

/** Staff write or edit a 通知公告 or 政策法规 in a rich-text editor (Quill through ngx-quill). */
@Component({
  selector: 'tm-announcement-form-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, TrPipe, QuillEditorComponent, NzAlertModule, NzButtonModule, NzCheckboxModule, NzFormModule, NzInputModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ (id() ? text.editTitle : text.newTitle) | transloco }}</h1>
    @if (problem()) { <nz-alert nzType="error" nzShowIcon [nzMessage]="problem()!" data-testid="announcement-form-error" /> }
    <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="announcement-form">
      <nz-form-item>
        <nz-form-label nzFor="an-title-input" nzRequired>{{ text.title | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="titleTip">
          <input nz-input id="an-title-input" formControlName="title" [maxlength]="limits.title" data-testid="announcement-title-input" />
          <ng-template #titleTip let-control>
            @if (control.hasError('required')) { {{ text.enter | transloco: { name: (text.title | transloco) } }} }
            @else { {{ text.tooLong | transloco: { name: (text.title | transloco), n: limits.title } }} }
          </ng-template>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label id="an-kind-label" nzFor="an-kind-input" nzRequired>{{ text.kind | transloco }}</nz-form-label>
        <nz-form-control>
          <nz-select formControlName="kind" nzId="an-kind-input" aria-labelledby="an-kind-label" data-testid="announcement-kind">
            @for (k of kinds; track k) {
              <nz-option [nzValue]="k" [nzLabel]="kindLabels[k] | tr" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-control>
          <!-- nz-checkbox renders its own <input type="checkbox"> inside this label. -->
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
          <label nz-checkbox formControlName="pinned" data-testid="announcement-pinned">{{ text.pinned | transloco }}</label>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label id="an-body-label" nzRequired>{{ text.body | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="text.bodyEmpty | transloco">
          <quill-editor formControlName="body" format="html" theme="snow" [modules]="modules" [styles]="{ minHeight: '260px' }" (onEditorCreated)="nameToolbar($event)"
                        [attr.aria-labelledby]="'an-body-label'" data-testid="announcement-body-editor" />
        </nz-form-control>
      </nz-form-item>
      <div class="actions">
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="announcement-save">{{ text.save | transloco }}</button>
        <a nz-button [routerLink]="id() ? ['/announcements', id()] : '/announcements'">{{ text.cancel | transloco }}</a>
      </div>
    </form>
  `,
  styles: `
    h1 { font-size: 22px; }
    form { max-width: 860px; }
    quill-editor { display: block; }
    .actions { display: flex; gap: 8px; }
  `,
})
export class AnnouncementFormPage implements OnInit {
  /** The route's :id when editing. */
  readonly id = input<string>();

  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly text = T;
  protected readonly kinds = ANNOUNCEMENT_KINDS;
  protected readonly kindLabels = ANNOUNCEMENT_KIND_LABELS;
  protected readonly limits = ANNOUNCEMENT_LIMITS;
  protected readonly modules = { toolbar: TOOLBAR };
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(ANNOUNCEMENT_LIMITS.title)]],
    kind: ['notice' as AnnouncementKind, Validators.required],
    pinned: [false],
    body: ['', [hasWords, Validators.maxLength(ANNOUNCEMENT_LIMITS.body)]],
  });

  /** Quill's heading picker is a role=button span without a name: give it one (and the editing area its label). */
  protected nameToolbar(editor: { root: HTMLElement; container: HTMLElement }): void {
    const toolbar = editor.container.parentElement?.querySelector('.ql-toolbar');
    toolbar?.querySelectorAll('.ql-picker-label').forEach((el) => el.setAttribute('aria-label', this.language.t(T.headingPicker)));
    editor.root.setAttribute('aria-labelledby', 'an-body-label');
    editor.root.setAttribute('role', 'textbox');
    editor.root.setAttribute('aria-multiline', 'true');
    // what staff write is theirs, in whatever language they write it
    editor.root.setAttribute('data-user-content', '');
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.http.get<Announcement>(`/api/announcements/${encodeURIComponent(id)}`).subscribe({
      next: (a) => this.form.setValue({ title: a.title, kind: a.kind, pinned: a.pinned, body: a.body }),
      error: (e: unknown) => this.problem.set(describeError(e, this.language.lang())),
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      showFieldErrors(this.form);
      return;
    }
    const value: AnnouncementInput = this.form.getRawValue();
    const id = this.id();
    this.busy.set(true);
    this.problem.set(null);
    const call = id ? this.http.patch<Announcement>(`/api/announcements/${encodeURIComponent(id)}`, value) : this.http.post<Announcement>('/api/announcements', value);
    call.subscribe({
      next: (a) => void this.router.navigate(['/announcements', a.id]),
      error: (e: unknown) => {
        this.busy.set(false);
        this.problem.set(describeError(e, this.language.lang()));
      },
    });
  }
}
