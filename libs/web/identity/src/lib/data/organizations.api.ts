import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateInvitationRequest,
  Invitation,
  InvitationSummary,
  Member,
  Organization,
  Verification,
  VerifyOrganizationRequest,
} from '@market/contracts';
import { Observable } from 'rxjs';

/** The organization calls of the API: the caller's organization, and the bureau's verification queue. */
@Injectable({ providedIn: 'root' })
export class OrganizationsApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<Organization> {
    return this.http.get<Organization>('/api/organizations/mine');
  }

  members(): Observable<Member[]> {
    return this.http.get<Member[]>('/api/organizations/mine/members');
  }

  removeMember(userId: string): Observable<void> {
    return this.http.delete<void>(`/api/organizations/mine/members/${userId}`);
  }

  transferAdmin(userId: string): Observable<Member[]> {
    return this.http.post<Member[]>('/api/organizations/mine/admin', { userId });
  }

  invite(body: CreateInvitationRequest): Observable<Invitation> {
    return this.http.post<Invitation>('/api/organizations/mine/invitations', body);
  }

  invitations(): Observable<InvitationSummary[]> {
    return this.http.get<InvitationSummary[]>('/api/organizations/mine/invitations');
  }

  revokeInvitation(id: string): Observable<void> {
    return this.http.delete<void>(`/api/organizations/mine/invitations/${id}`);
  }

  verify(id: string, body: VerifyOrganizationRequest): Observable<{ id: string; verification: Verification }> {
    return this.http.post<{ id: string; verification: Verification }>(`/api/organizations/${id}/verify`, body);
  }
}
