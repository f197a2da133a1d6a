import type { AbstractControl, FormGroup } from '@angular/forms';


/** Marks every field of a form and re-checks it, so each nz-form-control shows its error at once (on submit). */
export function showFieldErrors<T extends { [K in keyof T]: AbstractControl }>(form: FormGroup<T>): void {
  for (const control of Object.values<AbstractControl>(form.controls)) {
    control.markAsDirty();
    control.markAsTouched();
    control.updateValueAndValidity({ onlySelf: true });
  }
  form.updateValueAndValidity();
}
