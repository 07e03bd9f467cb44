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
import { type FieldTree, form, FormField, submit, type ValidationError } from '@angular/forms/signals';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ORGANISATION_LIMITS } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { type ApplyOutcome, OrganisationsStore } from '../data-access/organisations.store';
import {
  ORGANISATION_FIELDS,
  type OrganisationDraft,
  type OrganisationField,
  organisationFieldOfApiField,
  organisationMaxLength,
} from '../util/organisation-draft';
import { applicationCenterChoices, ORGANISATION_KINDS } from '../util/organisation-kinds';
import { applySchema } from './apply-form.schema';

/** Where the 「申請を受け付けました」 page is. */
export const APPLY_DONE_PATH = '/organisations/apply/done';

const CONTROL_IDS: Record<OrganisationField, string> = {
  kind: `org-kind-${ORGANISATION_KINDS[0]}`,
  name: 'org-name',
  nameKana: 'org-name-kana',
  description: 'org-description',
  centerId: 'org-center',
  address: 'org-address',
  representativeName: 'org-representative',
  phone: 'org-phone',
  email: 'org-email',
};

/**
 * 団体・企業の登録申請: one form in three sections (the group, where it is active, how to reach
 * it). A coordinator of the chosen center reviews it; the applicant becomes the group's first
 * member. The form is bound to the store's in-memory draft, so a failed send loses nothing.
 */
@Component({
  selector: 'tsu-organisation-apply-page',
  imports: [FormField, RouterLink, TranslocoPipe, ErrorSummaryComponent, TextFieldComponent],
  templateUrl: './apply.page.html',
  styleUrl: './organisations.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationApplyPage {
  private readonly store = inject(OrganisationsStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly viewer = inject(SessionStore).viewer;
  protected readonly contact = inject(SITE_CONTACT);

  protected readonly applyForm = form(this.store.draft, applySchema, { name: 'organisation' });
  protected readonly ids = CONTROL_IDS;
  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly limits = ORGANISATION_LIMITS;
  protected readonly submitting = computed(() => this.applyForm().submitting());

  protected readonly centersStatus = this.store.centersStatus;
  protected readonly centerChoices = computed(() => applicationCenterChoices(this.store.centers(), this.language.current()));

  private readonly problems = new FormProblems<OrganisationField>({
    fields: ORGANISATION_FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  /** Why the send did not go through, when no field is to blame (offline, logged out…). */
  protected readonly failure = signal<ApiProblem | null>(null);

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  constructor() {
    this.store.loadCenters();
  }

  protected retryCenters(): void {
    this.store.loadCenters();
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }

  /** 「申請する」: the form's own checks, then POST /api/organisations. */
  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    this.failure.set(null);

    let outcome: ApplyOutcome | undefined;
    const general: UiMessage[] = [];
    await submit(this.applyForm, {
      action: async (organisation) => {
        outcome = await this.store.apply();
        if (outcome.kind === 'refused' && outcome.status === 400) {
          return this.apiProblems(organisation, outcome.fields, outcome.message, general);
        }
        return [];
      },
    });

    if (outcome?.kind === 'applied') {
      this.problems.clear();
      await this.router.navigateByUrl(APPLY_DONE_PATH);
    } else if (outcome && (outcome.kind === 'failed' || outcome.status !== 400)) {
      this.showFailure(outcome);
    } else if (this.problems.show(general) > 0) {
      // Refused by the form's own checks, or by the API (HTTP 400).
      afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
    }
  }

  private showFailure(problem: ApiProblem): void {
    this.problems.clear();
    this.failure.set(problem);
    afterNextRender({ write: () => this.failureBox()?.nativeElement.focus() }, { injector: this.injector });
  }

  /** HTTP 400 field messages become errors on their fields; any others go to the summary only. */
  private apiProblems(
    organisation: FieldTree<OrganisationDraft>,
    fields: Readonly<Record<string, string>>,
    message: string | null,
    general: UiMessage[],
  ): ValidationError.WithOptionalFieldTree[] {
    const problems: ValidationError.WithOptionalFieldTree[] = [];
    for (const [apiField, text] of Object.entries(fields)) {
      const field = organisationFieldOfApiField(apiField);
      if (field) problems.push({ kind: 'server', message: text, fieldTree: organisation[field] });
      else general.push({ text });
    }
    if (problems.length === 0 && general.length === 0) {
      general.push(message ? { text: message } : { key: 'accounts.failure.unavailable' });
    }
    return problems;
  }

  private messageFor(field: OrganisationField): UiMessage | null {
    const error = this.applyForm[field]().errors()[0];
    if (!error) return null;
    if (error.kind === 'server') return { text: error.message ?? '' };
    return {
      key: `organisations.apply.errors.${field}.${error.kind}`,
      params: { max: organisationMaxLength(field) },
    };
  }
}
