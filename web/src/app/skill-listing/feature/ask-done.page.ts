import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { SkillListingStore } from '../data-access/skill-listing.store';

/**
 * 「ご相談を受け付けました」: what happens next (a coordinator reads it and contacts the person; the
 * volunteer's details are not passed on). Readable on its own if reloaded.
 */
@Component({
  selector: 'tsu-skill-ask-done-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './ask-done.page.html',
  styleUrl: './skill-ask.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillAskDonePage {
  private readonly language = inject(LanguageService);
  private readonly store = inject(SkillListingStore);
  protected readonly asked = computed(() => {
    const asked = this.store.asked();
    if (!asked) return null;
    return { ...asked, center: this.language.current() === 'en' ? asked.centerNameEn || asked.centerNameJa : asked.centerNameJa };
  });
  protected readonly viewer = inject(SessionStore).viewer;
  protected readonly contact = inject(SITE_CONTACT);
}
