import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthAnswer, Role, User } from '@market/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth.api';

const TOKEN_KEY = 'market.accessToken';

/**
 * The signed-in session: the access token (kept in localStorage so a reload keeps the user signed
 * in) and the user it belongs to.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;

  private readonly tokenState = signal<string | null>(this.readToken());
  private readonly userState = signal<User | null>(null);
  private restoring: Promise<void> | null = null;

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  readonly signedIn = computed(() => this.userState() !== null);
  readonly role = computed<Role | null>(() => this.userState()?.role ?? null);

  /**
   * Loads the user behind a stored token. Guards await this so that a reload on a protected page
   * does not bounce a signed-in user to the login page. Only a 401 drops the token: a network
   * failure says nothing about the token's validity.
   */
  restore(): Promise<void> {
    if (!this.tokenState()) return Promise.resolve();
    this.restoring ??= firstValueFrom(this.api.me())
      .then((user) => this.userState.set(user))
      .catch((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) this.clear();
      })
      .finally(() => (this.restoring = null));
    return this.restoring;
  }

  signIn(answer: AuthAnswer): void {
    this.writeToken(answer.accessToken);
    this.tokenState.set(answer.accessToken);
    this.userState.set(answer.user);
  }

  /** Forgets the session locally; the API's tokens are stateless, so there is nothing to revoke. */
  clear(): void {
    this.writeToken(null);
    this.tokenState.set(null);
    this.userState.set(null);
  }

  hasRole(roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  private readToken(): string | null {
    try {
      return this.storage?.getItem(TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private writeToken(token: string | null): void {
    try {
      if (token) this.storage?.setItem(TOKEN_KEY, token);
      else this.storage?.removeItem(TOKEN_KEY);
    } catch {
      // Blocked storage: the session then lasts only as long as the tab.
    }
  }
}
