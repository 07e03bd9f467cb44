import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { VolunteerEnquiryStore } from '../data-access/volunteer-enquiry.store';

/** Shown after the API accepted the enquiry (201); also readable on its own if bookmarked. */
@Component({
  selector: 'tsu-enquiry-thanks-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './enquiry-thanks.page.html',
  styleUrl: './enquiry-thanks.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnquiryThanksPage {
  private readonly store = inject(VolunteerEnquiryStore);
  private readonly language = inject(LanguageService);
  protected readonly contact = inject(SITE_CONTACT);

  /** When we received it, in words for the current language (the visitor's own time zone). */
  protected readonly receivedAt = computed(() => {
    const receipt = this.store.receipt();
    if (!receipt) return null;
    const date = new Date(receipt.receivedAt);
    if (Number.isNaN(date.getTime())) return null;
    return new Intl.DateTimeFormat(this.language.current() === 'en' ? 'en-GB' : 'ja-JP', {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(date);
  });
}
