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
import { form, FormField, required, schema, submit, validate } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SKILL_ENQUIRY_LIMITS, type SkillListingEnquiryRequest } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { listingCard } from '../../skill-search/util/skill-labels';
import { type AskOutcome, SkillListingStore } from '../data-access/skill-listing.store';
import { type AskDraft, askMessageProblem, listingIdParam } from '../util/listing-query';

type AskField = 'organisationId' | 'message';
const FIELDS: readonly AskField[] = ['organisationId', 'message'];
const CONTROL_IDS: Record<AskField, string> = { organisationId: 'ask-as-self', message: 'ask-message' };

const askSchema = schema<AskDraft>((path) => {
  required(path.message);
  validate(path.message, ({ value }) => {
    if (value() === '') return undefined;
    const kind = askMessageProblem(value());
    return kind ? { kind } : undefined;
  });
});

/**
 * 「この方にお願いしたいことをセンターに相談する」 (signed in; others log in first and come back):
 * the message goes to a coordinator as a request draft, never to the volunteer. A member of an
 * approved group may ask as the group.
 */
@Component({
  selector: 'tsu-skill-ask-page',
  imports: [FormField, RouterLink, TranslocoPipe, ErrorSummaryComponent, TextFieldComponent],
  templateUrl: './ask.page.html',
  styleUrl: './skill-ask.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillAskPage {
  private readonly store = inject(SkillListingStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageService);
  protected readonly viewer = inject(SessionStore).viewer;
  protected readonly contact = inject(SITE_CONTACT);

  protected readonly listingId = listingIdParam(inject(ActivatedRoute).snapshot.paramMap.get('listingId'));
  protected readonly listing = computed(() => {
    const listing = this.listingId ? this.store.listing(this.listingId) : null;
    return listing ? listingCard(listing, this.language.current()) : null;
  });
  protected readonly organisations = this.store.approvedOrganisations;
  protected readonly organisationsStatus = this.store.organisationsStatus;
  protected readonly ids = CONTROL_IDS;
  protected readonly max = SKILL_ENQUIRY_LIMITS.messageMaxLength;

  private readonly model = signal<AskDraft>({ message: '', organisationId: '' });
  protected readonly askForm = form(this.model, askSchema, { name: 'skill-ask' });
  protected readonly submitting = computed(() => this.askForm().submitting());

  private readonly problems = new FormProblems<AskField>({
    fields: FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  protected readonly failure = signal<ApiProblem | null>(null);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  constructor() {
    void this.store.loadOrganisations();
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting() || !this.listingId) return;
    const listingId = this.listingId;
    this.failure.set(null);

    let outcome: AskOutcome | undefined;
    const general: UiMessage[] = [];
    await submit(this.askForm, {
      action: async (ask) => {
        const draft = this.model();
        const request: SkillListingEnquiryRequest = { message: draft.message.trim() };
        if (draft.organisationId) request.organisationId = draft.organisationId;
        outcome = await this.store.ask(listingId, request);
        if (outcome.kind === 'refused' && outcome.status === 400) {
          const problems = [];
          for (const [field, text] of Object.entries(outcome.fields)) {
            if (field === 'message') problems.push({ kind: 'server', message: text, fieldTree: ask.message });
            else if (field === 'organisationId') problems.push({ kind: 'server', message: text, fieldTree: ask.organisationId });
            else general.push({ text });
          }
          if (problems.length === 0 && general.length === 0) general.push({ text: outcome.message ?? '' });
          return problems;
        }
        return [];
      },
    });

    if (outcome?.kind === 'asked') {
      this.problems.clear();
      await this.router.navigate(['/skills', listingId, 'ask', 'done']);
    } else if (outcome && (outcome.kind === 'failed' || outcome.status !== 400)) {
      this.problems.clear();
      this.failure.set(outcome);
      afterNextRender({ write: () => this.failureBox()?.nativeElement.focus() }, { injector: this.injector });
    } else if (this.problems.show(general) > 0) {
      afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
    }
  }

  private messageFor(field: AskField): UiMessage | null {
    const error = this.askForm[field]().errors()[0];
    if (!error) return null;
    if (error.kind === 'server') return { text: error.message ?? '' };
    return { key: `skillListing.ask.errors.${field}.${error.kind}`, params: { max: this.max } };
  }
}
