import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { form, FormField, required, schema } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccessReason, type AccessReasonQuery, CLAIM_INVITATION_VALID_HOURS, PERSON_LIMITS, type PersonDetail } from '@tsunagu/contracts';
import { ACCOUNT_TEXT_LIMITS, emailProblem } from '../../accounts/util/account-rules';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { EraseConfirmComponent } from '../../shared/ui/erase-confirm.component';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatCalendarDate, formatDay } from '../../shared/util/calendar-date';
import { saveJsonFile } from '../../shared/util/download';
import { cleanEmail } from '../../shared/util/text-input';
import { PeopleStore } from '../data-access/people.store';
import { ACCESS_REASONS, accessQueryOf, personExportFileName, reasonNoteProblem } from '../util/people-query';

interface ReasonDraft {
  reason: AccessReason | '';
  /** With 「その他」: why, in the staff member's own words. */
  note: string;
}
interface EraseDraft {
  confirmed: boolean;
}
interface InviteDraft {
  email: string;
}

const reasonSchema = schema<ReasonDraft>((path) => required(path.reason));
const eraseSchema = schema<EraseDraft>((path) => required(path.confirmed));

/** A message from the API about a field, shown while the field still holds the value it was about. */
interface ServerError {
  text: string;
  value: string;
}

/** What the page shows: the reason question first, then the record (or why it cannot be shown). */
type View =
  | { kind: 'reason' }
  | { kind: 'loading' }
  | { kind: 'loaded'; person: PersonDetail; access: AccessReasonQuery }
  | { kind: 'problem'; problem: ApiProblem };

/**
 * 住民の詳細. Contact details are personal data: the page first asks why the record is opened
 * (「閲覧の理由」, kept in the 監査ログ with who and when), then shows it. A coordinator of another
 * center gets the API's plain 403 message. With 「その他」 the coordinator writes the reason in
 * their own words (required, kept in the log too). A person without an account can be invited
 * to log in themselves: the API mails them a link to set a password. Two actions answer the
 * person's own requests: export their data as a file, and delete the registration (after a
 * confirmation; it cannot be undone).
 */
@Component({
  selector: 'tsu-person-detail-page',
  imports: [FormField, RouterLink, TranslocoPipe, EraseConfirmComponent, ErrorSummaryComponent, TextFieldComponent],
  templateUrl: './person-detail.page.html',
  styleUrls: ['./people.page.css', './person-detail.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonDetailPage {
  private readonly store = inject(PeopleStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly personId = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly reasons = ACCESS_REASONS;
  protected readonly view = signal<View>({ kind: 'reason' });

  protected readonly reasonForm = form(signal<ReasonDraft>({ reason: '', note: '' }), reasonSchema, {
    name: 'reason',
  });
  /** 「その他」 is chosen: its text field shows, and is required. */
  protected readonly otherChosen = computed(() => this.reasonForm.reason().value() === AccessReason.Other);
  /** The API's word on the note (it has the last word on what it accepts). */
  private readonly noteServerError = signal<ServerError | null>(null);
  private readonly reasonProblems = new FormProblems<'reason' | 'note'>({
    fields: ['reason', 'note'],
    controlIds: { reason: `person-reason-${ACCESS_REASONS[0]}`, note: 'person-other-reason' },
    problem: (field) => (field === 'reason' ? this.reasonProblem() : this.noteProblem()),
  });
  protected readonly reasonErrors = this.reasonProblems.errors;
  protected readonly noteMax = PERSON_LIMITS.reasonMaxLength;

  // 「ご本人がログインして使えるようにする」
  protected readonly inviteForm = form(signal<InviteDraft>({ email: '' }), { name: 'invite' });
  private readonly inviteServerError = signal<ServerError | null>(null);
  private readonly inviteProblems = new FormProblems<'email'>({
    fields: ['email'],
    controlIds: { email: 'person-claim-email' },
    problem: () => this.inviteEmailProblem(),
  });
  protected readonly inviteErrors = this.inviteProblems.errors;
  protected readonly inviting = signal(false);
  /** The address the mail went to, once sent. */
  protected readonly invitedEmail = signal<string | null>(null);
  protected readonly inviteFailure = signal<ApiProblem | null>(null);
  protected readonly claimHours = CLAIM_INVITATION_VALID_HOURS;

  protected readonly eraseForm = form(signal<EraseDraft>({ confirmed: false }), eraseSchema, {
    name: 'erase',
  });
  private readonly eraseProblems = new FormProblems<'confirmed'>({
    fields: ['confirmed'],
    controlIds: { confirmed: 'person-erase-confirm' },
    problem: () => (this.eraseForm.confirmed().errors().length > 0 ? { key: 'people.detail.erase.confirmRequired' } : null),
  });
  protected readonly eraseErrors = this.eraseProblems.errors;
  protected readonly summary = computed(() => [
    ...this.reasonProblems.summary(),
    ...this.inviteProblems.summary(),
    ...this.eraseProblems.summary(),
  ]);

  /** The lines of the record, formatted for the reader's language. */
  protected readonly facts = computed(() => {
    const view = this.view();
    if (view.kind !== 'loaded') return null;
    const { person } = view;
    const lang = this.language.current();
    return {
      center: lang === 'en' ? person.centerNameEn || person.centerNameJa : person.centerNameJa,
      birthDate: person.birthDate ? formatCalendarDate(person.birthDate, lang) : null,
      registeredOn: formatDay(person.createdAt, lang),
      consents: person.consents.map((consent) => ({
        ...consent,
        givenOn: formatDay(consent.givenAt, lang),
        withdrawnOn: consent.withdrawnAt ? formatDay(consent.withdrawnAt, lang) : null,
      })),
    };
  });

  protected readonly exporting = signal(false);
  /** The file just saved (for 「書き出しました」), or why it could not be. */
  protected readonly exported = signal<string | null>(null);
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  protected readonly confirmingErase = signal(false);
  protected readonly erasing = signal(false);

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly personHeading = viewChild<ElementRef<HTMLElement>>('personHeading');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly erasePanel = viewChild(EraseConfirmComponent);
  private readonly actionProblemBox = viewChild<ElementRef<HTMLElement>>('actionProblemBox');
  private readonly invitedBox = viewChild<ElementRef<HTMLElement>>('invitedBox');
  private readonly inviteFailureBox = viewChild<ElementRef<HTMLElement>>('inviteFailureBox');

  /** 「内容を表示する」: with a reason, GET /api/people/:id?reason=…(&reasonNote=… for その他). */
  protected async open(event: Event): Promise<void> {
    event.preventDefault();
    if (this.view().kind === 'loading') return;
    this.reasonForm.reason().markAsTouched();
    this.reasonForm.note().markAsTouched();
    const { reason, note } = this.reasonForm().value();
    if (this.reasonProblems.show() > 0 || reason === '') {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.reasonProblems.clear();
    const access = accessQueryOf(reason, note);
    this.view.set({ kind: 'loading' });
    const outcome = await this.store.detail(this.personId, access);
    if (outcome.kind === 'loaded') {
      this.view.set({ kind: 'loaded', person: outcome.person, access });
      this.inviteForm.email().value.set(outcome.person.email ?? '');
      this.afterRender(() => this.personHeading()?.nativeElement.focus());
    } else if (outcome.kind === 'refused' && outcome.status === 400 && outcome.fields['reasonNote']) {
      // The API did not accept the note: back to the question, with its message at the field.
      this.noteServerError.set({ text: outcome.fields['reasonNote'], value: note });
      this.view.set({ kind: 'reason' });
      this.reasonProblems.show();
      this.afterRender(() => this.summaryBox()?.focus());
    } else {
      this.view.set({ kind: 'problem', problem: outcome });
      this.afterRender(() => this.problemBox()?.nativeElement.focus());
    }
  }

  /** 「メールを送る」: POST /api/people/:id/claim-invitation; the person then sets a password. */
  protected async invite(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.view();
    if (view.kind !== 'loaded' || this.inviting()) return;
    this.inviteForm.email().markAsTouched();
    this.inviteFailure.set(null);
    if (this.inviteProblems.show() > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    const typed = this.inviteForm.email().value();
    const email = cleanEmail(typed);
    this.inviting.set(true);
    const outcome = await this.store.inviteToClaim(view.person.id, email);
    this.inviting.set(false);
    if (outcome.kind === 'invited') {
      this.inviteProblems.clear();
      this.invitedEmail.set(email);
      this.view.set({ ...view, person: { ...view.person, ...outcome.person, email } });
      this.afterRender(() => this.invitedBox()?.nativeElement.focus());
    } else if (outcome.kind === 'refused' && outcome.status === 400) {
      // The address is taken by another account, or the person has an account meanwhile.
      const text = outcome.fields['email'] ?? outcome.message ?? '';
      this.inviteServerError.set({ text, value: typed });
      this.inviteProblems.show();
      this.afterRender(() => this.summaryBox()?.focus());
    } else {
      this.inviteProblems.clear();
      this.inviteFailure.set(outcome);
      this.afterRender(() => this.inviteFailureBox()?.nativeElement.focus());
    }
  }

  /** 「データを書き出す（ご本人の請求）」: a JSON file of everything held about the person. */
  protected async exportData(): Promise<void> {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exported.set(null);
    this.actionProblem.set(null);
    const outcome = await this.store.exportPerson(this.personId, { reason: AccessReason.PersonsRequest });
    this.exporting.set(false);
    if (outcome.kind === 'exported') {
      const fileName = personExportFileName(this.personId);
      saveJsonFile(this.document, outcome.data, fileName);
      this.exported.set(fileName);
    } else {
      this.showActionProblem(outcome);
    }
  }

  protected startErase(): void {
    this.confirmingErase.set(true);
    this.actionProblem.set(null);
    this.afterRender(() => this.erasePanel()?.focus());
  }

  protected cancelErase(): void {
    this.confirmingErase.set(false);
    this.eraseProblems.clear();
    this.eraseForm.confirmed().value.set(false);
  }

  /** 「削除する」: only once the coordinator has ticked that the person asked for it. */
  protected async erase(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.view();
    if (view.kind !== 'loaded' || this.erasing()) return;
    this.eraseForm.confirmed().markAsTouched();
    if (this.eraseProblems.show() > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.erasing.set(true);
    this.actionProblem.set(null);
    const outcome = await this.store.erase(view.person, { reason: AccessReason.PersonsRequest });
    this.erasing.set(false);
    if (outcome.kind === 'erased') await this.router.navigateByUrl('/staff/people');
    else this.showActionProblem(outcome);
  }

  /** A 404 (or an address that is not a record's at all) reads as "not found". */
  protected notFound(problem: ApiProblem): boolean {
    return problem.kind === 'refused' && (problem.status === 404 || problem.status === 400);
  }

  private reasonProblem(): UiMessage | null {
    return this.reasonForm.reason().errors().length > 0 ? { key: 'people.detail.reasonRequired' } : null;
  }

  private noteProblem(): UiMessage | null {
    const { reason, note } = this.reasonForm().value();
    const kind = reasonNoteProblem(reason, note);
    if (kind) return { key: `people.detail.reasonNote.errors.${kind}`, params: { max: PERSON_LIMITS.reasonMaxLength } };
    const server = this.noteServerError();
    return this.otherChosen() && server && server.value === note ? { text: server.text } : null;
  }

  private inviteEmailProblem(): UiMessage | null {
    const typed = this.inviteForm.email().value();
    const kind = emailProblem(typed);
    if (kind) return { key: `people.detail.claim.errors.${kind}`, params: { max: ACCOUNT_TEXT_LIMITS.emailMaxLength } };
    const server = this.inviteServerError();
    return server && server.value === typed ? { text: server.text } : null;
  }

  private showActionProblem(problem: ApiProblem): void {
    this.actionProblem.set(problem);
    this.afterRender(() => this.actionProblemBox()?.nativeElement.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
