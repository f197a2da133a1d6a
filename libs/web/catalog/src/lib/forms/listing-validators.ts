import { AbstractControl, FormArray, ValidationErrors, ValidatorFn } from '@angular/forms';
import { budgetRangeValid, deadlineDayValid } from '@market/contracts';
import { isValidPatentNumber } from '@market/shared/validators';
import { pad2, today } from '@market/shared/time';

/**
 * The calendar day someone picked. A date picker's Date is local midnight of the day shown, so
 * the browser's own calendar reads it back; the market's zone plays no part in a picked day.
 */
export function pickedDay(value: Date): string {
  return `${value.getFullYear()}-${pad2(value.getMonth() + 1)}-${pad2(value.getDate())}`;
}

function toDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : pickedDay(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/** A deadline must be a day after today on the market's calendar (@market/shared/time). `now` is injectable for tests. */
export function futureDateValidator(now: () => Date = () => new Date()): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    if (control.value === null || control.value === undefined || control.value === '') return null;
    const day = toDay(control.value);
    if (day === null) return { date: true };
    return deadlineDayValid(day, today(now())) ? null : { pastDate: true };
  };
}

/** On a group with `budgetMin` and `budgetMax`: the lower end may not exceed the upper end. */
export const budgetRangeValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const min: unknown = group.get('budgetMin')?.value;
  const max: unknown = group.get('budgetMax')?.value;
  if (typeof min !== 'number' || typeof max !== 'number') return null;
  return budgetRangeValid(min, max) ? null : { budgetRange: true };
};

/** On a group with `negotiable` and `askingPrice`: a price is needed unless it is 面议. */
export const priceOrNegotiableValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const negotiable = group.get('negotiable')?.value === true;
  const price: unknown = group.get('askingPrice')?.value;
  return negotiable || typeof price === 'number' ? null : { priceRequired: true };
};

/** A patent number as CNIPA writes it (application number with check character, or publication number). */
export const patentNumberValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return isValidPatentNumber(value) ? null : { patentNumber: true };
};

/** `CN202310123456.7` and `202310123456.7` name the same patent. */
export function normalizePatentNumber(value: string): string {
  const upper = value.trim().toUpperCase();
  return /^CN\d{12}\.[\dX]$/.test(upper) ? upper.slice(2) : upper;
}

/** On the patents FormArray: the same patent may not be listed twice. */
export const uniquePatentsValidator: ValidatorFn = (array: AbstractControl): ValidationErrors | null => {
  if (!(array instanceof FormArray)) return null;
  const seen = new Set<string>();
  for (const row of array.controls) {
    const raw: unknown = row.get('number')?.value;
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const key = normalizePatentNumber(raw);
    if (seen.has(key)) return { duplicatePatent: raw.trim() };
    seen.add(key);
  }
  return null;
};

/** At least one item in an array-valued control (transfer modes, cooperation modes). */
export const nonEmptyArrayValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };

/** A list (patents): at most `maxItems` entries. */
export function maxItemsValidator(maxItems: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    return Array.isArray(value) && value.length > maxItems ? { tooMany: { max: maxItems } } : null;
  };
}

/** A tags input: at most `maxItems` entries of at most `maxLength` characters each. */
export function tagsValidator(maxItems: number, maxLength: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (!Array.isArray(value)) return null;
    if (value.length > maxItems) return { tooMany: { max: maxItems } };
    const long = value.find((item) => typeof item === 'string' && item.trim().length > maxLength);
    return long ? { tagTooLong: { max: maxLength, value: long } } : null;
  };
}

/** Trims entries, drops empty ones and duplicates (keeps the first). */
export function cleanTags(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}
