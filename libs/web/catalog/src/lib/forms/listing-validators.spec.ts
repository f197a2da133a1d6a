import { FormArray, FormControl, FormGroup } from '@angular/forms';
import {
  budgetRangeValidator,
  cleanTags,
  futureDateValidator,
  maxItemsValidator,
  nonEmptyArrayValidator,
  normalizePatentNumber,
  patentNumberValidator,
  pickedDay,
  priceOrNegotiableValidator,
  tagsValidator,
  uniquePatentsValidator,
} from './listing-validators';

describe('budget range', () => {
  const group = (min: number | null, max: number | null) =>
    new FormGroup({ budgetMin: new FormControl(min), budgetMax: new FormControl(max) }, { validators: budgetRangeValidator });

  it('accepts min below or equal to max', () => {
    expect(group(20, 80).errors).toBeNull();
    expect(group(50, 50).errors).toBeNull();
    expect(group(0, 0).errors).toBeNull();
  });

  it('rejects min above max', () => {
    expect(group(90, 80).errors).toEqual({ budgetRange: true });
  });

  it('leaves a missing end to the required validator', () => {
    expect(group(null, 80).errors).toBeNull();
    expect(group(90, null).errors).toBeNull();
  });
});

describe('deadline in the future', () => {
  // 2026-03-10 23:30 in Shanghai is 15:30 UTC the same day; 2026-03-11 00:30 in Shanghai is 16:30 UTC on the 10th.
  const lateEvening = () => new Date('2026-03-10T15:30:00Z');
  const afterMidnight = () => new Date('2026-03-10T16:30:00Z');

  it('reads the day picked in the browser’s date picker', () => {
    expect(pickedDay(new Date(2026, 2, 11))).toBe('2026-03-11');
  });

  it('accepts a day after today and rejects today and the past', () => {
    const validator = futureDateValidator(lateEvening);
    expect(validator(new FormControl(new Date(2026, 2, 11)))).toBeNull();
    expect(validator(new FormControl('2027-06-30'))).toBeNull();
    expect(validator(new FormControl(new Date(2026, 2, 10)))).toEqual({ pastDate: true });
    expect(validator(new FormControl('2025-12-31'))).toEqual({ pastDate: true });
  });

  it('counts the Shanghai day, not the UTC day', () => {
    // Just after midnight in Shanghai, the 11th is already today.
    expect(futureDateValidator(afterMidnight)(new FormControl(new Date(2026, 2, 11)))).toEqual({ pastDate: true });
  });

  it('leaves an empty value to the required validator and rejects garbage', () => {
    const validator = futureDateValidator(lateEvening);
    expect(validator(new FormControl(null))).toBeNull();
    expect(validator(new FormControl('next week'))).toEqual({ date: true });
    expect(validator(new FormControl(new Date('invalid')))).toEqual({ date: true });
  });
});

describe('patents', () => {
  const row = (number: string) => new FormGroup({ number: new FormControl(number), type: new FormControl('invention') });

  it('accepts application numbers with the right check character and publication numbers', () => {
    // 2,3,4,5,6,7,8,9,2,3,4,5 · 202310123456 = 182; 182 mod 11 = 6.
    expect(patentNumberValidator(new FormControl('CN202310123456.6'))).toBeNull();
    expect(patentNumberValidator(new FormControl('202310123456.6'))).toBeNull();
    expect(patentNumberValidator(new FormControl('CN117151122A'))).toBeNull();
    expect(patentNumberValidator(new FormControl(''))).toBeNull();
  });

  it('rejects a wrong check character and malformed numbers', () => {
    expect(patentNumberValidator(new FormControl('CN202310123456.7'))).toEqual({ patentNumber: true });
    expect(patentNumberValidator(new FormControl('US1234567'))).toEqual({ patentNumber: true });
    expect(patentNumberValidator(new FormControl('CN117151122Z'))).toEqual({ patentNumber: true });
  });

  it('treats CN-prefixed and bare application numbers as the same patent', () => {
    expect(normalizePatentNumber(' cn202310123456.6 ')).toBe('202310123456.6');
    expect(normalizePatentNumber('CN117151122A')).toBe('CN117151122A');
    const list = new FormArray([row('CN202310123456.6'), row('CN117151122A'), row('202310123456.6')], uniquePatentsValidator);
    expect(list.errors).toEqual({ duplicatePatent: '202310123456.6' });
  });

  it('accepts a list of different patents, ignoring blank rows', () => {
    const list = new FormArray([row('CN202310123456.6'), row(''), row(''), row('CN117151122A')], uniquePatentsValidator);
    expect(list.errors).toBeNull();
  });
});

describe('price, modes and tags', () => {
  const price = (negotiable: boolean, askingPrice: number | null) =>
    new FormGroup({ negotiable: new FormControl(negotiable), askingPrice: new FormControl(askingPrice) }, {
      validators: priceOrNegotiableValidator,
    });

  it('needs a price unless it is 面议', () => {
    expect(price(false, null).errors).toEqual({ priceRequired: true });
    expect(price(false, 0).errors).toBeNull();
    expect(price(false, 80).errors).toBeNull();
    expect(price(true, null).errors).toBeNull();
  });

  it('needs at least one cooperation mode', () => {
    expect(nonEmptyArrayValidator(new FormControl([]))).toEqual({ required: true });
    expect(nonEmptyArrayValidator(new FormControl(null))).toEqual({ required: true });
    expect(nonEmptyArrayValidator(new FormControl(['license']))).toBeNull();
  });

  it('limits the number and length of tags', () => {
    const validator = tagsValidator(3, 5);
    expect(validator(new FormControl(['钙钛矿', '光伏']))).toBeNull();
    expect(validator(new FormControl(['a', 'b', 'c', 'd']))).toEqual({ tooMany: { max: 3 } });
    expect(validator(new FormControl(['钙钛矿光伏组件']))).toEqual({ tagTooLong: { max: 5, value: '钙钛矿光伏组件' } });
  });

  it('limits the number of patents', () => {
    expect(maxItemsValidator(2)(new FormControl(['a', 'b']))).toBeNull();
    expect(maxItemsValidator(2)(new FormControl(['a', 'b', 'c']))).toEqual({ tooMany: { max: 2 } });
  });

  it('cleans tags: trimmed, no blanks, no duplicates', () => {
    expect(cleanTags([' 钙钛矿 ', '', '光伏', '钙钛矿', '  '])).toEqual(['钙钛矿', '光伏']);
  });
});
