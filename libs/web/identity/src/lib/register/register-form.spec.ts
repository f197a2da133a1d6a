import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { RegisterForm, buildRegisterForm, toRegisterRequest } from './register-form';

// Check characters computed per GB 32100-2015 (see libs/shared/validators).
const VALID_CODE = '91330300MA2867XJ9U';
const WRONG_CHECK = '91330300MA2867XJ9J';

describe('register form', () => {
  let form: RegisterForm;

  beforeEach(() => {
    form = buildRegisterForm(TestBed.inject(NonNullableFormBuilder));
    form.patchValue({
      email: 'chen@example.com',
      password: 'longenough',
      name: '陈晨',
      role: 'enterprise',
      organizationName: '温州智造科技有限公司',
      organizationKind: 'enterprise',
      region: '龙湾区',
      creditCode: VALID_CODE,
    });
  });

  it('is valid with every required field filled in', () => {
    expect(form.valid).toBe(true);
  });

  it('rejects a password shorter than 8 characters', () => {
    form.controls.password.setValue('1234567');
    expect(form.controls.password.errors).toEqual({ minlength: { requiredLength: 8, actualLength: 7 } });
    expect(form.valid).toBe(false);

    form.controls.password.setValue('12345678');
    expect(form.controls.password.errors).toBeNull();
  });

  it('requires email, name and organization name', () => {
    form.patchValue({ email: '', name: '', organizationName: '' });
    expect(form.controls.email.hasError('required')).toBe(true);
    expect(form.controls.name.hasError('required')).toBe(true);
    expect(form.controls.organizationName.hasError('required')).toBe(true);
  });

  it('rejects an email without a domain', () => {
    form.controls.email.setValue('chen@localhost');
    expect(form.controls.email.hasError('pattern')).toBe(true);
  });

  it('accepts an enterprise credit code with the right check character, in any case', () => {
    form.controls.creditCode.setValue(VALID_CODE);
    expect(form.controls.creditCode.errors).toBeNull();
    form.controls.creditCode.setValue(VALID_CODE.toLowerCase());
    expect(form.controls.creditCode.errors).toBeNull();
  });

  it('rejects an enterprise credit code whose check character is wrong', () => {
    form.controls.creditCode.setValue(WRONG_CHECK);
    expect(form.controls.creditCode.errors).toEqual({ creditCode: true });
    expect(form.valid).toBe(false);
  });

  it('rejects a credit code of the wrong length', () => {
    form.controls.creditCode.setValue('91330300MA2867XJ9');
    expect(form.controls.creditCode.errors).toEqual({ creditCode: true });
  });

  it('wants the credit code from an enterprise', () => {
    form.controls.creditCode.setValue('');
    expect(form.valid).toBe(false);
    expect(form.controls.creditCode.errors).toEqual({ required: true });
    form.controls.creditCode.setValue(VALID_CODE.toLowerCase());
    expect(toRegisterRequest(form).organization).toEqual({ name: '温州智造科技有限公司', kind: 'enterprise', region: '龙湾区', creditCode: VALID_CODE });
  });

  it('joins with an invitation code alone, leaving the organization fields out', () => {
    form.controls.mode.setValue('join');
    expect(form.valid).toBe(false);
    form.controls.invitationCode.setValue(' ABCD-EFGH-JKLM-NPQR ');
    expect(form.valid).toBe(true);
    expect(toRegisterRequest(form)).toEqual({ email: 'chen@example.com', password: 'longenough', name: '陈晨', role: 'enterprise', invitationCode: 'ABCD-EFGH-JKLM-NPQR' });
  });

  it('ignores the credit code for organizations that are not enterprises', () => {
    form.controls.creditCode.setValue(WRONG_CHECK);
    form.controls.organizationKind.setValue('university');
    expect(form.controls.creditCode.disabled).toBe(true);
    expect(form.valid).toBe(true);
    expect(toRegisterRequest(form).organization?.creditCode).toBeUndefined();

    form.controls.organizationKind.setValue('enterprise');
    expect(form.controls.creditCode.enabled).toBe(true);
    expect(form.valid).toBe(false);
  });

  it('builds the API body with a trimmed, upper-case credit code', () => {
    form.patchValue({ email: ' chen@example.com ', creditCode: ` ${VALID_CODE.toLowerCase()} ` });
    expect(toRegisterRequest(form)).toEqual({
      email: 'chen@example.com',
      password: 'longenough',
      name: '陈晨',
      role: 'enterprise',
      organization: { name: '温州智造科技有限公司', kind: 'enterprise', region: '龙湾区', creditCode: VALID_CODE },
    });
  });
});
