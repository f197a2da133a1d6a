import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Auction, AuctionRegistration, AuctionStatus, BidLogEntry, ConfirmDepositRequest, Lot, Paginated, PlacedBid, RegisterForAuctionRequest } from '@market/contracts';
import { Observable } from 'rxjs';

export interface LotInput {
  achievementId: string;
  startingPrice: number;
  increment: number;
  reservePrice?: number;
  deposit: number;
  endsAt: string;
}

export interface AuctionInput {
  title: string;
  description?: string;
  /** The auction's own 竞买须知; the market's standard terms without it. */
  terms?: string;
  startsAt: string;
  extensionSeconds?: number;
  lots: LotInput[];
}

/** The auction calls of the API (`/api/auctions`, `/api/lots`). */
@Injectable({ providedIn: 'root' })
export class AuctionsApi {
  private readonly http = inject(HttpClient);

  list(status: AuctionStatus, page = 1, pageSize = 20): Observable<Paginated<Auction>> {
    return this.http.get<Paginated<Auction>>('/api/auctions', { params: new HttpParams().set('status', status).set('page', page).set('pageSize', pageSize) });
  }

  get(id: string): Observable<Auction> {
    return this.http.get<Auction>(`/api/auctions/${encodeURIComponent(id)}`);
  }

  create(body: AuctionInput): Observable<Auction> {
    return this.http.post<Auction>('/api/auctions', body);
  }

  register(auctionId: string): Observable<AuctionRegistration> {
    return this.http.post<AuctionRegistration>(`/api/auctions/${encodeURIComponent(auctionId)}/registrations`, { acceptTerms: true } satisfies RegisterForAuctionRequest);
  }

  myRegistration(auctionId: string): Observable<AuctionRegistration> {
    return this.http.get<AuctionRegistration>(`/api/auctions/${encodeURIComponent(auctionId)}/registrations/mine`);
  }

  registrations(auctionId: string): Observable<AuctionRegistration[]> {
    return this.http.get<AuctionRegistration[]>(`/api/auctions/${encodeURIComponent(auctionId)}/registrations`);
  }

  confirmDeposit(auctionId: string, registrationId: string, body: ConfirmDepositRequest): Observable<AuctionRegistration> {
    return this.http.post<AuctionRegistration>(`/api/auctions/${encodeURIComponent(auctionId)}/registrations/${encodeURIComponent(registrationId)}/confirm-deposit`, body);
  }

  lot(id: string): Observable<Lot> {
    return this.http.get<Lot>(`/api/lots/${encodeURIComponent(id)}`);
  }

  bids(lotId: string, limit = 30): Observable<{ items: BidLogEntry[] }> {
    return this.http.get<{ items: BidLogEntry[] }>(`/api/lots/${encodeURIComponent(lotId)}/bids`, { params: new HttpParams().set('limit', limit) });
  }

  /** The key makes a retried click (a lost answer, a double tap) place the bid once. */
  bid(lotId: string, amount: number, idempotencyKey: string): Observable<PlacedBid> {
    return this.http.post<PlacedBid>(`/api/lots/${encodeURIComponent(lotId)}/bids`, { amount }, { headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }) });
  }
}
