import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, type Injector } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { PLATFORM_ERRORS } from '@market/contracts';


/** Marks every field of a form and re-checks it, so each nz-form-control shows its error at once (on submit). */
export function showFieldErrors<T extends { [K in keyof T]: AbstractControl }>(form: FormGroup<T>): void {
  for (const control of Object.values<AbstractControl>(form.controls)) {
    control.markAsDirty();
    control.markAsTouched();
    control.updateValueAndValidity({ onlySelf: true });
  }
  form.updateValueAndValidity();
}

/**
 * A group or an array of controls. Told apart by shape rather than `instanceof`: this file is part
 * of web-ui's eager face, and a value import of @angular/forms would put the forms package into
 * the first download of every page.
 */
function isGroup(control: AbstractControl): control is AbstractControl & { controls: Record<string, AbstractControl> | AbstractControl[] } {
  return 'controls' in control;
}

/** A field problem of a PLATFORM.VALIDATION answer (`lots.1.deposit`: 不能小于 0). */
export interface FieldProblem {
  field: string;
  problem: string;
  problemEn: string;
}

/** The field problems of a validation answer (400 `PLATFORM.VALIDATION` with `fields`); none for any other error. */
export function validationProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof HttpErrorResponse)) return [];
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null) return [];
  const { code, fields } = body as { code?: unknown; fields?: unknown };
  if (code !== PLATFORM_ERRORS.VALIDATION.code || !Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldProblem => typeof f === 'object' && f !== null && ['field', 'problem', 'problemEn'].every((k) => typeof (f as Record<string, unknown>)[k] === 'string'),
  );
}

/**
 * Puts each problem of a validation answer on its field (`{server: problem}`, shown by the field's
 * tip); answers whether every problem found its field, so the caller knows what is left for the top.
 */
export function placeServerErrors(form: AbstractControl, error: unknown): { placed: number; all: boolean } {
  const problems = validationProblems(error);
  let placed = 0;
  for (const p of problems) {
    const control = form.get(p.field);
    if (!control || isGroup(control)) continue;
    control.setErrors({ server: p });
    control.markAsDirty();
    placed++;
  }
  return { placed, all: placed > 0 && placed === problems.length };
}

/** nz-form-control shows a control's error once it is dirty and its status has been emitted: every invalid field, nested too. */
export function revealErrors(control: AbstractControl): void {
  if (isGroup(control)) {
    Object.values(control.controls).forEach(revealErrors);
  } else if (control.invalid) {
    control.markAsDirty();
    control.updateValueAndValidity({ onlySelf: true });
  }
}

/** Focuses the first field that shows an error, after the next render. */
export function focusFirstError(host: HTMLElement, injector: Injector): void {
  afterNextRender(() => host.querySelector<HTMLElement>('.ant-form-item-has-error input, .ant-form-item-has-error textarea')?.focus(), { injector });
}
