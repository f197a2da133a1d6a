import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Achievement,
  AchievementInput,
  Need,
  NeedInput,
  Paginated,
  ReviewBatchRequest,
  ReviewBatchResult,
  ReviewRequest,
} from '@market/contracts';
import { Observable } from 'rxjs';
import { ListingKind } from './listing-kind';

export type Listing = Achievement | Need;
export type ListingOf<K extends ListingKind> = K extends 'achievements' ? Achievement : Need;
export type ListingInputOf<K extends ListingKind> = K extends 'achievements' ? AchievementInput : NeedInput;

/** The achievement and need calls of the API (`/api/achievements`, `/api/needs`). */
@Injectable({ providedIn: 'root' })
export class CatalogApi {
  private readonly http = inject(HttpClient);

  get<K extends ListingKind>(kind: K, id: string): Observable<ListingOf<K>> {
    return this.http.get<ListingOf<K>>(`/api/${kind}/${encodeURIComponent(id)}`);
  }

  create<K extends ListingKind>(kind: K, body: ListingInputOf<K>): Observable<ListingOf<K>> {
    return this.http.post<ListingOf<K>>(`/api/${kind}`, body);
  }

  update<K extends ListingKind>(kind: K, id: string, body: Partial<ListingInputOf<K>>): Observable<ListingOf<K>> {
    return this.http.patch<ListingOf<K>>(`/api/${kind}/${encodeURIComponent(id)}`, body);
  }

  submit<K extends ListingKind>(kind: K, id: string): Observable<ListingOf<K>> {
    return this.http.post<ListingOf<K>>(`/api/${kind}/${encodeURIComponent(id)}/submit`, {});
  }

  review<K extends ListingKind>(kind: K, id: string, body: ReviewRequest): Observable<ListingOf<K>> {
    return this.http.post<ListingOf<K>>(`/api/${kind}/${encodeURIComponent(id)}/review`, body);
  }

  /** One decision and one comment for several pending listings of a kind; each answers on its own. */
  reviewBatch(kind: ListingKind, body: ReviewBatchRequest): Observable<ReviewBatchResult> {
    return this.http.post<ReviewBatchResult>(`/api/${kind}/review-batch`, body);
  }

  archive<K extends ListingKind>(kind: K, id: string): Observable<ListingOf<K>> {
    return this.http.post<ListingOf<K>>(`/api/${kind}/${encodeURIComponent(id)}/archive`, {});
  }

  mine<K extends ListingKind>(kind: K, page: number, pageSize: number): Observable<Paginated<ListingOf<K>>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Paginated<ListingOf<K>>>(`/api/${kind}/mine`, { params });
  }

  reviewQueue<K extends ListingKind>(kind: K, page: number, pageSize: number): Observable<Paginated<ListingOf<K>>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Paginated<ListingOf<K>>>(`/api/${kind}/review-queue`, { params });
  }
}
