import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../core/session/session.store';
import { SITE_CONTACT } from '../core/site/site-contact';

/** What the volunteer center does, in plain words, and the way to the enquiry form. */
@Component({
  selector: 'tsu-home-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './home.page.html',
  styleUrl: './home.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly contact = inject(SITE_CONTACT);
  /** 「登録を削除しました」 after the person deleted their registration on マイページ. */
  protected readonly notice = inject(SessionStore).takeNotice(['registrationDeleted']);
}
