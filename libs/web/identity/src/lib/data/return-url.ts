/** Where signing in or up leads when no page asked for it: the user's 工作台. */
export const LANDING_PAGE = '/workbench';

/**
 * Only same-site paths are followed after sign-in; `//evil.example` or an absolute URL in
 * ?returnUrl would otherwise make the login page an open redirect.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return LANDING_PAGE;
  return value;
}
