import { HttpClient } from '@angular/common/http';
import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { ME_SOCKET, type Todo } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { catchError, of } from 'rxjs';
import { io, type Socket } from 'socket.io-client';

/** Nudges in a burst (a batch of approvals) are read as one. */
const COALESCE_MS = 300;

/**
 * The signed-in user's work list (`GET /api/me/todo`), kept live: while someone is signed in, a
 * socket on `/me` hears `todo.changed` and the list is read again. The nudge carries nothing, so
 * the counts are always what the API answers this user. `nudges` rises with every nudge, so the
 * bell can read its inbox again at the same moment. Root-provided, but only the header's deferred
 * part and the 工作台 inject it, so socket.io stays out of the first download.
 */
@Injectable({ providedIn: 'root' })
export class WorkList {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private socket: Socket | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;

  readonly todo = signal<Todo | null>(null);
  readonly total = computed(() => this.todo()?.total ?? 0);
  readonly nudges = signal(0);

  constructor() {
    effect(() => {
      const userId = this.auth.user()?.id ?? null;
      untracked(() => (userId ? this.start() : this.stop()));
    });
  }

  refresh(): void {
    if (!this.auth.token()) return;
    this.http
      .get<Todo>('/api/me/todo')
      .pipe(catchError(() => of(null)))
      .subscribe((todo) => {
        if (todo) this.todo.set(todo);
      });
  }

  private start(): void {
    this.stop();
    // a function, so that every (re)connection presents the token of the moment
    const socket = io(ME_SOCKET.namespace, { transports: ['websocket', 'polling'], auth: (cb) => cb({ token: this.auth.token() ?? '' }) });
    this.socket = socket;
    // each (re)connection reads the list: nudges sent while disconnected are not replayed
    socket.on('connect', () => this.refresh());
    socket.on(ME_SOCKET.todoChanged, () => {
      if (this.pending) return;
      this.pending = setTimeout(() => {
        this.pending = null;
        this.nudges.update((n) => n + 1);
        this.refresh();
      }, COALESCE_MS);
    });
  }

  private stop(): void {
    this.socket?.disconnect();
    this.socket = null;
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    this.todo.set(null);
  }
}
