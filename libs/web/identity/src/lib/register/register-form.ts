import { AbstractControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
  KINDS_OF_ROLE,
  OrganizationKind,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  RegisterRequest,
  SelfRegistrableRole,
} from '@market/contracts';
import { isValidCreditCode } from '@market/shared/validators';

/**
 * Kinds a person may pick when registering. `bureau` is left out: bureau accounts are staff
 * accounts, which are never self-registered.
 */
export const REGISTRABLE_ORGANIZATION_KINDS = ['university', 'institute', 'enterprise', 'agency'] as const satisfies readonly OrganizationKind[];

/** The organization kind most people of a role belong to, preselected to save a click. */
export const DEFAULT_KIND_BY_ROLE: Record<SelfRegistrableRole, OrganizationKind> = {
  researcher: 'university',
  enterprise: 'enterprise',
  broker: 'agency',
};

/** An enterprise must give its code (the control is disabled for other kinds), with the right check character. */
export const creditCodeValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = (control.value ?? '').trim();
  if (value === '') return { required: true };
  return isValidCreditCode(value) ? null : { creditCode: true };
};

/** Organization kinds that fit a role (the server refuses the others). */
export function kindsForRole(role: SelfRegistrableRole): OrganizationKind[] {
  return REGISTRABLE_ORGANIZATION_KINDS.filter((k) => KINDS_OF_ROLE[role].includes(k));
}

/** Signing up creates a new organization (its admin) or joins one with an invitation code (a member). */
export type RegisterMode = 'create' | 'join';

/** Angular's email validator accepts `a@b`; the API wants a domain with a dot, so check that here too. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function buildForm(fb: NonNullableFormBuilder) {
  return fb.group({
    email: ['', [Validators.required, Validators.pattern(EMAIL_PATTERN)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    name: ['', [Validators.required, Validators.maxLength(50)]],
    role: fb.control<SelfRegistrableRole>('enterprise', Validators.required),
    mode: fb.control<RegisterMode>('create'),
    invitationCode: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(64)]],
    organizationName: ['', [Validators.required, Validators.maxLength(100)]],
    organizationKind: fb.control<OrganizationKind>('enterprise', Validators.required),
    region: fb.control<string | null>(null),
    creditCode: ['', creditCodeValidator],
  });
}

export function buildRegisterForm(fb: NonNullableFormBuilder) {
  const form = buildForm(fb);
  syncWithMode(form);
  return form;
}

export type RegisterForm = ReturnType<typeof buildRegisterForm>;

/**
 * Creating: the organization's fields, and the credit code for an enterprise only. Joining: the
 * invitation code alone. Disabled controls are neither validated nor sent.
 */
function syncWithMode(form: ReturnType<typeof buildForm>): void {
  const c = form.controls;
  const apply = () => {
    const creating = c.mode.value === 'create';
    for (const control of [c.organizationName, c.organizationKind, c.region]) {
      if (creating) control.enable({ emitEvent: false });
      else control.disable({ emitEvent: false });
    }
    if (creating && c.organizationKind.value === 'enterprise') c.creditCode.enable({ emitEvent: false });
    else c.creditCode.disable({ emitEvent: false });
    if (creating) c.invitationCode.disable({ emitEvent: false });
    else c.invitationCode.enable({ emitEvent: false });
  };
  apply();
  c.mode.valueChanges.subscribe(apply);
  c.organizationKind.valueChanges.subscribe(apply);
}

export function toRegisterRequest(form: RegisterForm): RegisterRequest {
  const value = form.getRawValue();
  const creditCode = value.organizationKind === 'enterprise' ? value.creditCode.trim().toUpperCase() : '';
  const person = { email: value.email.trim(), password: value.password, name: value.name.trim(), role: value.role };
  if (value.mode === 'join') return { ...person, invitationCode: value.invitationCode.trim() };
  return {
    ...person,
    organization: {
      name: value.organizationName.trim(),
      kind: value.organizationKind,
      ...(value.region ? { region: value.region } : {}),
      ...(creditCode ? { creditCode } : {}),
    },
  };
}
