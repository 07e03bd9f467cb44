import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { AccountsStore } from '../data-access/accounts.store';
import { MAILED_LINK_HOURS } from '../util/account-rules';

/** 「確認のメールを送りました」: what to do next. Readable on its own too (after a reload). */
@Component({
  selector: 'tsu-signup-sent-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './signup-sent.page.html',
  styleUrl: './accounts.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignupSentPage {
  protected readonly sentTo = inject(AccountsStore).sentTo;
  protected readonly contact = inject(SITE_CONTACT);
  protected readonly hours = MAILED_LINK_HOURS.verifyEmail;
}
