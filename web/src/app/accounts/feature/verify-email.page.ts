import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestFailure } from '../../core/http/api-problem';
import { SITE_CONTACT } from '../../core/site/site-contact';
import type { UiMessage } from '../../shared/ui/ui-message';
import { AccountsStore } from '../data-access/accounts.store';
import { MAILED_LINK_HOURS } from '../util/account-rules';

type VerifyState =
  | { kind: 'checking' }
  | { kind: 'verified' }
  /** The API said why (link invalid, used or expired), in the person's language. */
  | { kind: 'refused'; message: string | null }
  | { kind: 'failed'; reason: RequestFailure }
  | { kind: 'no-token' };

/**
 * /verify-email?token=…, opened from the mail: sends the token at once. On success the person is
 * logged in (the API set the session cookie) and goes on to マイページ with a button rather than
 * a timed redirect, so nobody is moved on before they have read the page.
 */
@Component({
  selector: 'tsu-verify-email-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './verify-email.page.html',
  styleUrl: './accounts.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailPage {
  private readonly store = inject(AccountsStore);
  private readonly injector = inject(Injector);
  protected readonly contact = inject(SITE_CONTACT);
  protected readonly hours = MAILED_LINK_HOURS.verifyEmail;
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token')?.trim() ?? '';

  protected readonly state = signal<VerifyState>(this.token ? { kind: 'checking' } : { kind: 'no-token' });
  /** The sentence under the heading. */
  protected readonly lead = computed((): UiMessage => {
    const state = this.state();
    switch (state.kind) {
      case 'checking':
        return { key: 'accounts.verify.checking' };
      case 'verified':
        return { key: 'accounts.verify.done' };
      case 'refused':
        return state.message ? { text: state.message } : { key: 'accounts.verify.noToken' };
      case 'failed':
        return { key: `accounts.failure.${state.reason}` };
      case 'no-token':
        return { key: 'accounts.verify.noToken' };
    }
  });
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    if (this.token) void this.verify();
  }

  protected async verify(): Promise<void> {
    this.state.set({ kind: 'checking' });
    const outcome = await this.store.verifyEmail(this.token);
    if (outcome.kind === 'verified') this.state.set({ kind: 'verified' });
    else if (outcome.kind === 'failed') this.state.set({ kind: 'failed', reason: outcome.reason });
    else this.state.set({ kind: 'refused', message: outcome.fields['token'] ?? outcome.message });
    // The heading now says how it went: take screen-reader users to it.
    afterNextRender({ write: () => this.heading().nativeElement.focus() }, { injector: this.injector });
  }
}
