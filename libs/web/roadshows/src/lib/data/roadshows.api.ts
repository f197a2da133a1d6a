import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CalendarLink, MyRoadshowRegistration, RoadshowDetail, RoadshowKind, RoadshowSlot } from '@market/contracts';
import { Observable } from 'rxjs';

export interface RoadshowInput {
  title: string;
  kind: RoadshowKind;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number;
  description: string | null;
}

const base = (id: string) => `/api/roadshows/${encodeURIComponent(id)}`;

/** The changing calls of `/api/roadshows`; pages read with httpResource. */
@Injectable({ providedIn: 'root' })
export class RoadshowsApi {
  private readonly http = inject(HttpClient);

  create(body: RoadshowInput): Observable<RoadshowDetail> {
    return this.http.post<RoadshowDetail>('/api/roadshows', body);
  }

  update(id: string, body: Partial<RoadshowInput>): Observable<RoadshowDetail> {
    return this.http.patch<RoadshowDetail>(base(id), body);
  }

  cancel(id: string): Observable<RoadshowDetail> {
    return this.http.post<RoadshowDetail>(`${base(id)}/cancel`, {});
  }

  register(id: string): Observable<MyRoadshowRegistration> {
    return this.http.post<MyRoadshowRegistration>(`${base(id)}/registrations`, {});
  }

  unregister(id: string): Observable<void> {
    return this.http.delete<void>(`${base(id)}/registrations/mine`);
  }

  proposeSlot(id: string, body: { achievementId: string; startsAt: string; durationMinutes: number }): Observable<RoadshowSlot> {
    return this.http.post<RoadshowSlot>(`${base(id)}/slots`, body);
  }

  decideSlot(id: string, slotId: string, decision: 'approve' | 'reject'): Observable<RoadshowSlot> {
    return this.http.post<RoadshowSlot>(`${base(id)}/slots/${encodeURIComponent(slotId)}/${decision}`, {});
  }

  attendance(id: string, userIds: string[], attended: boolean): Observable<{ updated: number; attendedCount: number }> {
    return this.http.post<{ updated: number; attendedCount: number }>(`${base(id)}/attendance`, { userIds, attended });
  }

  calendarLink(): Observable<CalendarLink> {
    return this.http.get<CalendarLink>('/api/roadshows/mine/calendar-link');
  }
}

/** The public `.ics` of one event: a plain link, so the browser downloads it. */
export const eventCalendarUrl = (id: string) => `${base(id)}/calendar.ics`;
