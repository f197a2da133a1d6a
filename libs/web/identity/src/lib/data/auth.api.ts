import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AuthAnswer, LoginRequest, RegisterRequest, User } from '@market/contracts';
import { Observable } from 'rxjs';

/** The identity calls of the API (`/api/auth`, `/api/organizations`), typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterRequest): Observable<AuthAnswer> {
    return this.http.post<AuthAnswer>('/api/auth/register', body);
  }

  login(body: LoginRequest): Observable<AuthAnswer> {
    return this.http.post<AuthAnswer>('/api/auth/login', body);
  }

  me(): Observable<User> {
    return this.http.get<User>('/api/auth/me');
  }
}
