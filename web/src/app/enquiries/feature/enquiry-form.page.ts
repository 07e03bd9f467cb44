import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { type FieldTree, form, submit, type ValidationError } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConsentPurpose, CURRENT_CONSENT_VERSION, VOLUNTEER_ENQUIRY_LIMITS as LIMITS } from '@tsunagu/contracts';
import { nameNeedsReading } from '@tsunagu/matching';
import { LanguageService } from '../../core/i18n/language.service';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../../shared/ui/error-summary.component';
import { ConsentFieldComponent } from '../../shared/ui/consent-field.component';
import { FieldsetComponent } from '../../shared/ui/fieldset.component';
import { REPLY_LANGUAGE_OPTIONS } from '../../shared/ui/language-options';
import { RadioChoicesComponent } from '../../shared/ui/radio-choices.component';
import { SelectFieldComponent } from '../../shared/ui/select-field.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { type SendFailure, type SubmitOutcome, VolunteerEnquiryStore } from '../data-access/volunteer-enquiry.store';
import { areasByCenter } from '../../shared/util/area-groups';
import type { EnquiryDraft } from '../util/enquiry-draft';
import { toEnquiryRequest } from '../util/enquiry-input';
import { enquirySchema } from './enquiry-form.schema';

type EnquiryField = keyof EnquiryDraft;

/** Page order: the error summary lists problems in the order the visitor meets the fields. */
const FIELDS: readonly EnquiryField[] = ['name', 'nameKana', 'email', 'interests', 'areaId', 'locale', 'consentGiven'];

const CONTROL_IDS: Record<EnquiryField, string> = {
  name: 'enquiry-name',
  nameKana: 'enquiry-name-kana',
  email: 'enquiry-email',
  interests: 'enquiry-interests',
  areaId: 'enquiry-area',
  locale: 'enquiry-locale-ja',
  consentGiven: 'enquiry-consent',
};

/** API field names (CreateVolunteerEnquiryRequest) → the form field that shows the message. */
const FIELD_OF_API_FIELD: Readonly<Record<string, EnquiryField>> = {
  name: 'name',
  nameKana: 'nameKana',
  email: 'email',
  interests: 'interests',
  areaId: 'areaId',
  locale: 'locale',
  consentGiven: 'consentGiven',
  // The consent text changed since the page was loaded: shown at the consent checkbox.
  consentVersion: 'consentGiven',
};

const MAX_LENGTH: Partial<Record<EnquiryField, number>> = {
  name: LIMITS.nameMaxLength,
  nameKana: LIMITS.nameKanaMaxLength,
  email: LIMITS.emailMaxLength,
  interests: LIMITS.interestsMaxLength,
};

const CONSENT_VERSION = CURRENT_CONSENT_VERSION[ConsentPurpose.VolunteerEnquiry];

/** 「ボランティアに興味がある」: the first contact form for would-be volunteers. */
@Component({
  selector: 'tsu-enquiry-form-page',
  imports: [
    TranslocoPipe,
    ConsentFieldComponent,
    ErrorSummaryComponent,
    FieldsetComponent,
    RadioChoicesComponent,
    SelectFieldComponent,
    TextFieldComponent,
  ],
  templateUrl: './enquiry-form.page.html',
  styleUrl: './enquiry-form.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnquiryFormPage {
  private readonly store = inject(VolunteerEnquiryStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly contact = inject(SITE_CONTACT);

  /** Bound to the store's draft, so what the visitor typed survives failures and navigation. */
  protected readonly enquiryForm = form(this.store.draft, enquirySchema, { name: 'enquiry' });
  protected readonly ids = CONTROL_IDS;
  protected readonly limits = LIMITS;
  protected readonly languageOptions = REPLY_LANGUAGE_OPTIONS;
  /** The purpose-of-use text is looked up by consent version, so the two cannot drift apart. */
  protected readonly consentKey = `consent.${ConsentPurpose.VolunteerEnquiry}.${CONSENT_VERSION}`;
  protected readonly consentVersion = CONSENT_VERSION;

  protected readonly areasStatus = this.store.areasStatus;
  protected readonly areaGroups = computed(() => areasByCenter(this.store.areas(), this.language.current()));
  protected readonly submitting = computed(() => this.enquiryForm().submitting());
  /** ふりがな is marked ※必須 once the name has kanji. */
  protected readonly readingRequired = computed(() => nameNeedsReading(this.enquiryForm.name().value()));

  /** Fields whose problems are on show: those found at the last send, until they are put right. */
  private readonly flagged = signal<ReadonlySet<EnquiryField>>(new Set());
  protected readonly summary = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly failure = signal<SendFailure | null>(null);

  /** The message under each field (null: none). */
  protected readonly errors = computed(() => {
    const flagged = this.flagged();
    const messages = {} as Record<EnquiryField, UiMessage | null>;
    for (const field of FIELDS) messages[field] = flagged.has(field) ? this.messageFor(field) : null;
    return messages;
  });

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  constructor() {
    this.store.loadAreas();
    // The reply mail is in the UI language unless the visitor picks another one.
    effect(() => {
      const lang = this.language.current();
      untracked(() => {
        if (!this.store.replyLocaleChosen()) this.enquiryForm.locale().value.set(lang);
      });
    });
  }

  protected chooseReplyLocale(): void {
    this.store.replyLocaleChosen.set(true);
  }

  protected retryAreas(): void {
    this.store.loadAreas();
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    this.failure.set(null);

    let outcome: SubmitOutcome | undefined;
    const general: UiMessage[] = [];
    await submit(this.enquiryForm, {
      action: async (enquiry) => {
        outcome = await this.store.submit(toEnquiryRequest(enquiry().value()));
        return outcome.kind === 'rejected' ? this.apiProblems(enquiry, outcome.fields, outcome.message, general) : [];
      },
    });

    if (outcome?.kind === 'accepted') {
      this.flagged.set(new Set());
      this.summary.set([]);
      await this.router.navigate(['/volunteer/enquiry/thanks']);
      this.store.clearDraft(this.language.current());
    } else if (outcome?.kind === 'failed') {
      this.summary.set([]);
      this.failure.set(outcome.reason);
      this.afterRender(() => this.failureBox()?.nativeElement.focus());
    } else {
      // Refused before sending (the form's own checks) or by the API (HTTP 400).
      this.showProblems(general);
    }
  }

  /** HTTP 400 field messages become errors on their fields; any others go to the summary only. */
  private apiProblems(
    enquiry: FieldTree<EnquiryDraft>,
    fields: Readonly<Record<string, string>>,
    message: string | null,
    general: UiMessage[],
  ): ValidationError.WithOptionalFieldTree[] {
    const problems: ValidationError.WithOptionalFieldTree[] = [];
    for (const [apiField, text] of Object.entries(fields)) {
      const field = FIELD_OF_API_FIELD[apiField];
      if (field) problems.push({ kind: 'server', message: text, fieldTree: enquiry[field] });
      else general.push({ text });
    }
    if (problems.length === 0 && general.length === 0) {
      general.push(message ? { text: message } : { key: 'enquiry.failure.unavailable' });
    }
    return problems;
  }

  private showProblems(general: readonly UiMessage[]): void {
    const flagged = new Set(FIELDS.filter((field) => this.enquiryForm[field]().errors().length > 0));
    this.flagged.set(flagged);
    const items: ErrorSummaryItem[] = [];
    for (const field of FIELDS) {
      const message = flagged.has(field) ? this.messageFor(field) : null;
      if (message) items.push({ message, controlId: CONTROL_IDS[field] });
    }
    for (const message of general) items.push({ message, controlId: null });
    this.summary.set(items);
    if (items.length > 0) this.afterRender(() => this.summaryBox()?.focus());
  }

  private messageFor(field: EnquiryField): UiMessage | null {
    const error = this.enquiryForm[field]().errors()[0];
    if (!error) return null;
    if (error.kind === 'server') return { text: error.message ?? '' };
    return { key: `enquiry.errors.${field}.${error.kind}`, params: { max: MAX_LENGTH[field] } };
  }

  private afterRender(focus: () => void): void {
    afterNextRender({ write: focus }, { injector: this.injector });
  }
}
