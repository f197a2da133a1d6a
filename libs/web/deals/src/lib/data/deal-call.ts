import type { WritableSignal } from '@angular/core';
import type { Deal } from '@market/contracts';
import { serverMessage, type Lang } from '@market/web/ui';
import type { Observable } from 'rxjs';

/**
 * Runs a dialog's deal call: busy while it runs, then `done` with the deal, or the words for the
 * failure in the reader's language (web-ui's `serverMessage`, else `failed`) in `error`. Every deal
 * dialog submits this way.
 */
export function runDealCall(
  call: Observable<Deal>,
  state: { busy: WritableSignal<boolean>; error: WritableSignal<string | null> },
  failed: string,
  lang: Lang,
  done: (deal: Deal) => void,
): void {
  state.busy.set(true);
  state.error.set(null);
  call.subscribe({
    next: (deal) => {
      state.busy.set(false);
      done(deal);
    },
    error: (e: unknown) => {
      state.busy.set(false);
      state.error.set(serverMessage(e, lang) ?? failed);
    },
  });
}
