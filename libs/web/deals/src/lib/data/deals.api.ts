import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AdvanceDealRequest, ConfirmDealRequest, Deal, DealAwaiting, OpenDealRequest, Paginated, TransactionStats } from '@market/contracts';
import { Observable } from 'rxjs';

/** The deal, statistics and target calls of the API (`/api/deals`, `/api/stats`). */
@Injectable({ providedIn: 'root' })
export class DealsApi {
  private readonly http = inject(HttpClient);

  open(body: OpenDealRequest): Observable<Deal> {
    return this.http.post<Deal>('/api/deals', body);
  }

  list(pageSize = 100, awaiting?: DealAwaiting): Observable<Paginated<Deal>> {
    let params = new HttpParams().set('pageSize', pageSize);
    if (awaiting) params = params.set('awaiting', awaiting);
    return this.http.get<Paginated<Deal>>('/api/deals', { params });
  }

  confirm(id: string, body: ConfirmDealRequest): Observable<Deal> {
    return this.http.post<Deal>(`/api/deals/${encodeURIComponent(id)}/confirm`, body);
  }

  revokeRegistration(id: string, reason: string): Observable<Deal> {
    return this.http.post<Deal>(`/api/deals/${encodeURIComponent(id)}/revoke-registration`, { reason });
  }

  get(id: string): Observable<Deal> {
    return this.http.get<Deal>(`/api/deals/${encodeURIComponent(id)}`);
  }

  advance(id: string, body: AdvanceDealRequest): Observable<Deal> {
    return this.http.post<Deal>(`/api/deals/${encodeURIComponent(id)}/advance`, body);
  }

  stats(year: number): Observable<TransactionStats> {
    return this.http.get<TransactionStats>('/api/stats/transactions', { params: new HttpParams().set('year', year) });
  }

  setTarget(year: number, target: number): Observable<{ year: number; target: number }> {
    return this.http.put<{ year: number; target: number }>(`/api/stats/targets/${year}`, { target });
  }

  /** The CSV comes as a blob so that the bearer token goes along (a plain link would not carry it). */
  csv(year: number): Observable<Blob> {
    return this.http.get('/api/stats/transactions.csv', { params: new HttpParams().set('year', year), responseType: 'blob' });
  }
}
