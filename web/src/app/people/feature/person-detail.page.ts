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
import { AccessReason, type PersonDetail } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { formatCalendarDate, formatDay } from '../../shared/util/calendar-date';
import { saveJsonFile } from '../../shared/util/download';
import { PeopleStore } from '../data-access/people.store';
import { ACCESS_REASONS, personExportFileName } from '../util/people-query';

interface ReasonDraft {
  reason: AccessReason | '';
}
interface EraseDraft {
  confirmed: boolean;
}

const reasonSchema = schema<ReasonDraft>((path) => required(path.reason));
const eraseSchema = schema<EraseDraft>((path) => required(path.confirmed));

/** What the page shows: the reason question first, then the record (or why it cannot be shown). */
type View =
  | { kind: 'reason' }
  | { kind: 'loading' }
  | { kind: 'loaded'; person: PersonDetail; reason: AccessReason }
  | { kind: 'problem'; problem: ApiProblem };

/**
 * 住民の詳細. Contact details are personal data: the page first asks why the record is opened
 * (「閲覧の理由」, kept in the 監査ログ with who and when), then shows it. A coordinator of another
 * center gets the API's plain 403 message. Two actions answer the person's own requests: export
 * their data as a file, and delete the registration (after a confirmation; it cannot be undone).
 */
@Component({
  selector: 'tsu-person-detail-page',
  imports: [FormField, RouterLink, TranslocoPipe, ErrorSummaryComponent],
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

  protected readonly reasonForm = form(signal<ReasonDraft>({ reason: '' }), reasonSchema, {
    name: 'reason',
  });
  private readonly reasonProblems = new FormProblems<'reason'>({
    fields: ['reason'],
    controlIds: { reason: `person-reason-${ACCESS_REASONS[0]}` },
    problem: () => (this.reasonForm.reason().errors().length > 0 ? { key: 'people.detail.reasonRequired' } : null),
  });
  protected readonly reasonErrors = this.reasonProblems.errors;

  protected readonly eraseForm = form(signal<EraseDraft>({ confirmed: false }), eraseSchema, {
    name: 'erase',
  });
  private readonly eraseProblems = new FormProblems<'confirmed'>({
    fields: ['confirmed'],
    controlIds: { confirmed: 'person-erase-confirm' },
    problem: () => (this.eraseForm.confirmed().errors().length > 0 ? { key: 'people.detail.erase.confirmRequired' } : null),
  });
  protected readonly eraseErrors = this.eraseProblems.errors;
  protected readonly summary = computed(() => [...this.reasonProblems.summary(), ...this.eraseProblems.summary()]);

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
  private readonly eraseHeading = viewChild<ElementRef<HTMLElement>>('eraseHeading');
  private readonly actionProblemBox = viewChild<ElementRef<HTMLElement>>('actionProblemBox');

  /** 「内容を表示する」: with a reason, GET /api/people/:id?reason=…. */
  protected async open(event: Event): Promise<void> {
    event.preventDefault();
    if (this.view().kind === 'loading') return;
    this.reasonForm.reason().markAsTouched();
    const reason = this.reasonForm.reason().value();
    if (reason === '') {
      if (this.reasonProblems.show() > 0) this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.reasonProblems.clear();
    this.view.set({ kind: 'loading' });
    const outcome = await this.store.detail(this.personId, reason);
    if (outcome.kind === 'loaded') {
      this.view.set({ kind: 'loaded', person: outcome.person, reason });
      this.afterRender(() => this.personHeading()?.nativeElement.focus());
    } else {
      this.view.set({ kind: 'problem', problem: outcome });
      this.afterRender(() => this.problemBox()?.nativeElement.focus());
    }
  }

  /** 「データを書き出す（ご本人の請求）」: a JSON file of everything held about the person. */
  protected async exportData(): Promise<void> {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exported.set(null);
    this.actionProblem.set(null);
    const outcome = await this.store.exportPerson(this.personId, AccessReason.PersonsRequest);
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
    this.afterRender(() => this.eraseHeading()?.nativeElement.focus());
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
    const outcome = await this.store.erase(view.person, AccessReason.PersonsRequest);
    this.erasing.set(false);
    if (outcome.kind === 'erased') await this.router.navigateByUrl('/staff/people');
    else this.showActionProblem(outcome);
  }

  /** A 404 (or an address that is not a record's at all) reads as "not found". */
  protected notFound(problem: ApiProblem): boolean {
    return problem.kind === 'refused' && (problem.status === 404 || problem.status === 400);
  }

  private showActionProblem(problem: ApiProblem): void {
    this.actionProblem.set(problem);
    this.afterRender(() => this.actionProblemBox()?.nativeElement.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
