import { labels } from './i18n';
/** Roadshows and other events (路演, 融资推介, 技术讲解): shared by the API and the web app. */
export const ROADSHOW_KINDS = ['roadshow', 'financing', 'tech_talk'] as const;
export type RoadshowKind = (typeof ROADSHOW_KINDS)[number];

export const ROADSHOW_KIND_LABELS = labels('roadshowKind', ROADSHOW_KINDS);

export const ROADSHOW_STATUSES = ['scheduled', 'cancelled'] as const;
export type RoadshowStatus = (typeof ROADSHOW_STATUSES)[number];

/** A slot proposed by an achievement's owner waits for staff; staff's own slots are approved at once. */
export const SLOT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const SLOT_STATUS_LABELS = labels('slotStatus', SLOT_STATUSES);

export const ROADSHOW_REGISTRATION_STATUSES = ['registered', 'cancelled'] as const;
export type RoadshowRegistrationStatus = (typeof ROADSHOW_REGISTRATION_STATUSES)[number];

/** Reminders go out this long before the start: 24 h and 1 h. */
export const REMINDER_OFFSETS = { '24h': 24 * 3600_000, '1h': 3600_000 } as const;
export type ReminderOffset = keyof typeof REMINDER_OFFSETS;

export interface RoadshowSlot {
  id: string;
  roadshowId: string;
  achievementId: string;
  achievementTitle: string;
  /** The achievement's owner organization. */
  organizationId: string;
  organizationName: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  status: SlotStatus;
}

export interface MyRoadshowRegistration {
  id: string;
  status: RoadshowRegistrationStatus;
  attended: boolean | null;
  createdAt: string;
}

export interface Roadshow {
  id: string;
  title: string;
  kind: RoadshowKind;
  description: string | null;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number;
  registeredCount: number;
  /** Registrations staff marked as attended (after the event). */
  attendedCount: number;
  status: RoadshowStatus;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/roadshows/:id`: approved slots in order (pending ones too for staff and the proposer). */
export interface RoadshowDetail extends Roadshow {
  slots: RoadshowSlot[];
  /** The caller's registration, when signed in and registered (or cancelled). */
  myRegistration: MyRoadshowRegistration | null;
}

/** `GET /api/roadshows/mine`: the caller's registrations with their events. */
export interface MyRoadshow {
  registration: MyRoadshowRegistration;
  roadshow: Roadshow;
}

/** `GET /api/roadshows/:id/registrations` (staff): who registered, for attendance. */
export interface RoadshowRegistrant {
  registrationId: string;
  userId: string;
  name: string;
  email: string;
  organizationName: string;
  status: RoadshowRegistrationStatus;
  attended: boolean | null;
  createdAt: string;
}

export interface CalendarLink {
  /** Path of the caller's personal feed, under the API (`/api/roadshows/calendar/<token>.ics`). */
  path: string;
  /** The same as an absolute URL, as the server was reached. */
  url: string;
}

export type RoadshowPhase = 'cancelled' | 'upcoming' | 'ongoing' | 'ended';

/** Where an event stands at `now`; registration is open only while it is `upcoming`. */
export function roadshowPhase(r: Pick<Roadshow, 'status' | 'startsAt' | 'endsAt'>, now: Date = new Date()): RoadshowPhase {
  if (r.status === 'cancelled') return 'cancelled';
  const t = now.getTime();
  if (t < Date.parse(r.startsAt)) return 'upcoming';
  return t < Date.parse(r.endsAt) ? 'ongoing' : 'ended';
}
