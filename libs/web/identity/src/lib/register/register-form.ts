import { AbstractControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
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

/** An empty code is fine (the field is optional); a given one must carry the right check character. */
export const creditCodeValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = (control.value ?? '').trim();
  return value === '' || isValidCreditCode(value) ? null : { creditCode: true };
};

/** Angular's email validator accepts `a@b`; the API wants a domain with a dot, so check that here too. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function buildRegisterForm(fb: NonNullableFormBuilder) {
  const form = fb.group({
    email: ['', [Validators.required, Validators.pattern(EMAIL_PATTERN)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    name: ['', [Validators.required, Validators.maxLength(50)]],
    role: fb.control<SelfRegistrableRole>('enterprise', Validators.required),
    organizationName: ['', [Validators.required, Validators.maxLength(100)]],
    organizationKind: fb.control<OrganizationKind>('enterprise', Validators.required),
    region: fb.control<string | null>(null),
    creditCode: ['', creditCodeValidator],
  });
  syncCreditCodeWithKind(form.controls.organizationKind, form.controls.creditCode);
  return form;
}

export type RegisterForm = ReturnType<typeof buildRegisterForm>;

/**
 * Only enterprises have a unified social credit code: the control is disabled (so neither
 * validated nor sent) for any other kind.
 */
function syncCreditCodeWithKind(kind: AbstractControl<OrganizationKind>, creditCode: AbstractControl<string>): void {
  const apply = (value: OrganizationKind) => {
    if (value === 'enterprise') creditCode.enable({ emitEvent: false });
    else creditCode.disable({ emitEvent: false });
  };
  apply(kind.value);
  kind.valueChanges.subscribe(apply);
}

export function toRegisterRequest(form: RegisterForm): RegisterRequest {
  const value = form.getRawValue();
  const creditCode = value.organizationKind === 'enterprise' ? value.creditCode.trim().toUpperCase() : '';
  return {
    email: value.email.trim(),
    password: value.password,
    name: value.name.trim(),
    role: value.role,
    organization: {
      name: value.organizationName.trim(),
      kind: value.organizationKind,
      ...(value.region ? { region: value.region } : {}),
      ...(creditCode ? { creditCode } : {}),
    },
  };
}
