import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { formatDay } from '../../shared/util/calendar-date';
import { OrganisationsStore } from '../data-access/organisations.store';
import { organisationCenterLabel } from '../util/organisation-kinds';

/**
 * 「申請を受け付けました」: what was sent, and what happens next (a coordinator reviews it, the result
 * comes by mail, マイページ shows where it stands). Readable on its own if reloaded, without the details.
 */
@Component({
  selector: 'tsu-organisation-apply-done-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './apply-done.page.html',
  styleUrl: './organisations.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationApplyDonePage {
  private readonly store = inject(OrganisationsStore);
  private readonly language = inject(LanguageService);
  protected readonly viewer = inject(SessionStore).viewer;
  protected readonly contact = inject(SITE_CONTACT);

  protected readonly applied = computed(() => {
    const organisation = this.store.applied();
    if (!organisation) return null;
    const lang = this.language.current();
    return {
      ...organisation,
      center: organisationCenterLabel(organisation, lang),
      appliedOn: formatDay(organisation.createdAt, lang),
    };
  });
}
