import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApplicationInput,
  Challenge,
  ChallengeApplication,
  ChallengeInput,
  ChallengeObjection,
  ChallengeReview,
  ChallengeReviewer,
  Paginated,
  RankingEntry,
  ScoreRequest,
} from '@market/contracts';
import type { Observable } from 'rxjs';

const base = (id: string) => `/api/challenges/${encodeURIComponent(id)}`;

/** The challenge calls of the API that change something; the pages read through httpResource. */
@Injectable({ providedIn: 'root' })
export class ChallengesApi {
  private readonly http = inject(HttpClient);

  create(body: ChallengeInput): Observable<Challenge> {
    return this.http.post<Challenge>('/api/challenges', body);
  }

  update(id: string, body: Partial<ChallengeInput>): Observable<Challenge> {
    return this.http.patch<Challenge>(base(id), body);
  }

  submit(id: string): Observable<Challenge> {
    return this.http.post<Challenge>(`${base(id)}/submit`, {});
  }

  archive(id: string): Observable<Challenge> {
    return this.http.post<Challenge>(`${base(id)}/archive`, {});
  }

  review(id: string, decision: 'approve' | 'reject', comment?: string): Observable<Challenge> {
    return this.http.post<Challenge>(`${base(id)}/review`, comment ? { decision, comment } : { decision });
  }

  apply(id: string, body: ApplicationInput): Observable<ChallengeApplication> {
    return this.http.post<ChallengeApplication>(`${base(id)}/applications`, body);
  }

  addReviewers(id: string, emails: string[]): Observable<{ items: ChallengeReviewer[] }> {
    return this.http.post<{ items: ChallengeReviewer[] }>(`${base(id)}/reviewers`, { emails });
  }

  score(id: string, applicationId: string, body: ScoreRequest): Observable<ChallengeReview> {
    return this.http.put<ChallengeReview>(`${base(id)}/applications/${encodeURIComponent(applicationId)}/score`, body);
  }

  award(id: string, applicationId: string, announcementEndsAt?: string): Observable<Challenge> {
    return this.http.post<Challenge>(`${base(id)}/award`, announcementEndsAt ? { applicationId, announcementEndsAt } : { applicationId });
  }

  object(id: string, text: string): Observable<ChallengeObjection> {
    return this.http.post<ChallengeObjection>(`${base(id)}/objections`, { text });
  }

  resolve(id: string, objectionId: string, upheld: boolean, note: string): Observable<ChallengeObjection> {
    return this.http.post<ChallengeObjection>(`${base(id)}/objections/${encodeURIComponent(objectionId)}/resolve`, { upheld, note });
  }

  fail(id: string, note: string): Observable<Challenge> {
    return this.http.post<Challenge>(`${base(id)}/fail`, { note });
  }
}

export type { Paginated, RankingEntry };
