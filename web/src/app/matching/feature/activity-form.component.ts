import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { form, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ActivityRecordSummary, REQUEST_LIMITS } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatCalendarDate, todayInJapan } from '../../shared/util/calendar-date';
import { MatchingApiService } from '../data-access/matching-api.service';
import { ProblemTextComponent } from '../ui/problem-text.component';
import {
  ACTIVITY_FIELDS,
  type ActivityDraft,
  type ActivityField,
  activityFieldOfApiField,
  activityProblem,
  emptyActivityDraft,
  MAX_ACTIVITY_HOURS,
  toRecordActivityRequest,
} from '../util/activity-draft';

/** Refusals whose API message is shown as it is (not allowed, gone, already recorded). */
const REFUSALS = [401, 403, 404, 409] as const;

/**
 * 「活動を記録する」: the date, 活動した / 来られなかった, the hours and a note, for one approved
 * match. Used by the coordinator's console and by the volunteer's own page; the API decides who
 * may record. Errors are listed at the top and shown under each field.
 */
@Component({
  selector: 'tsu-activity-form',
  imports: [FormField, TranslocoPipe, ErrorSummaryComponent, TextFieldComponent, ProblemTextComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="activity-form" [attr.aria-labelledby]="idPrefix() + '-title'">
      <h4 #heading class="activity-form__title" tabindex="-1" [id]="idPrefix() + '-title'">
        {{ 'matching.activity.formTitle' | transloco: { name: who() } }}
      </h4>
      @if (failure(); as p) {
        <div #failureBox class="notice notice--error" tabindex="-1" role="alert">
          <p class="notice__title">{{ 'matching.activity.failed' | transloco }}</p>
          <tsu-problem-text [problem]="p" />
        </div>
      }
      @if (summary().length > 0) {
        <tsu-error-summary [items]="summary()" />
      }
      <form novalidate (submit)="submit($event)">
        <tsu-text-field
          [field]="activityForm.date"
          [controlId]="ids.date"
          [label]="'matching.activity.fields.date.label' | transloco"
          [hint]="'matching.activity.fields.date.hint' | transloco"
          [required]="true"
          [error]="errors().date"
        />
        <fieldset class="field" [class.field--error]="!!errors().outcome">
          <legend class="field__label">
            {{ 'matching.activity.fields.outcome.label' | transloco }}
            <span class="required-mark">{{ 'form.required' | transloco }}</span>
          </legend>
          <div class="choices">
            @for (outcome of outcomes; track outcome) {
              <div class="choice">
                <input
                  class="choice__input"
                  type="radio"
                  [value]="outcome"
                  [id]="outcome === 'completed' ? ids.outcome : idPrefix() + '-outcome-' + outcome"
                  [formField]="activityForm.outcome"
                />
                <label class="choice__label" [for]="outcome === 'completed' ? ids.outcome : idPrefix() + '-outcome-' + outcome">{{
                  'matching.activity.outcome.' + outcome | transloco
                }}</label>
              </div>
            }
          </div>
        </fieldset>
        @if (model().outcome === 'completed') {
          <tsu-text-field
            [field]="activityForm.hours"
            [controlId]="ids.hours"
            [label]="'matching.activity.fields.hours.label' | transloco"
            [hint]="'matching.activity.fields.hours.hint' | transloco"
            [required]="true"
            [error]="errors().hours"
          />
        } @else {
          <p class="field__hint">{{ 'matching.activity.noShowNote' | transloco }}</p>
        }
        <tsu-text-field
          [field]="activityForm.notes"
          [controlId]="ids.notes"
          kind="textarea"
          [label]="'matching.activity.fields.notes.label' | transloco"
          [hint]="'matching.activity.fields.notes.hint' | transloco: { max: notesMax }"
          [error]="errors().notes"
        />
        <div class="actions">
          <button type="submit" class="button button--primary" [attr.aria-disabled]="sending() || null">
            {{ (sending() ? 'matching.activity.sending' : 'matching.activity.submit') | transloco }}
          </button>
          <button type="button" class="button button--secondary" (click)="cancelled.emit()">
            {{ 'matching.cancel' | transloco }}
          </button>
        </div>
        <p class="visually-hidden" aria-live="polite">{{ sending() ? ('matching.activity.sending' | transloco) : '' }}</p>
      </form>
    </section>
  `,
  styles: `
    .activity-form {
      margin: 1rem 0 1.5rem;
      padding: 1.25rem 1.25rem 1.5rem;
      border: 2px solid var(--color-border);
      border-radius: 8px;
    }
    .activity-form__title {
      margin: 0 0 1rem;
      font-size: 1.125rem;
    }
    .activity-form textarea.input {
      min-height: 8rem;
    }
  `,
})
export class ActivityFormComponent implements OnInit {
  private readonly api = inject(MatchingApiService);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageService);

  readonly matchId = input.required<string>();
  /** Whose activity: the volunteer's name (coordinator) or the request's title (volunteer). */
  readonly who = input.required<string>();
  /** YYYY-MM-DD the form starts with. */
  readonly defaultDate = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly recorded = output<ActivityRecordSummary>();
  readonly cancelled = output<void>();

  protected readonly outcomes = ['completed', 'no-show'] as const;
  protected readonly notesMax = REQUEST_LIMITS.notesMaxLength;
  /** The controls' ids, from idPrefix (set once the input is known; the error summary links to them). */
  protected readonly ids: Record<ActivityField, string> = { date: '', outcome: '', hours: '', notes: '' };

  protected readonly model = signal<ActivityDraft>(emptyActivityDraft(''));
  protected readonly activityForm = form(this.model, { name: 'activity' });
  protected readonly sending = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);
  /** The API's messages per field, while the field is as it was sent. */
  private readonly serverErrors = signal<Partial<Record<ActivityField, { text: string; value: string }>>>({});
  private readonly today = todayInJapan();
  private readonly problems = new FormProblems<ActivityField>({
    fields: ACTIVITY_FIELDS,
    controlIds: this.ids,
    problem: (field) => this.message(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');
  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  ngOnInit(): void {
    const prefix = this.idPrefix();
    Object.assign(this.ids, { date: `${prefix}-date`, outcome: `${prefix}-outcome`, hours: `${prefix}-hours`, notes: `${prefix}-notes` });
    // As the hint shows it: 「2026年12月5日」 in Japanese, 2026-12-05 in English.
    const date = this.defaultDate();
    this.model.set(emptyActivityDraft(this.language.current() === 'ja' ? formatCalendarDate(date, 'ja').replace(/（.*）$/, '') : date));
    afterNextRender({ write: () => this.heading()?.nativeElement.focus() }, { injector: this.injector });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) return;
    this.failure.set(null);
    if (this.problems.show() > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.sending.set(true);
    try {
      const record = await firstValueFrom(this.api.recordActivity(this.matchId(), toRecordActivityRequest(this.model())));
      this.sending.set(false);
      this.recorded.emit(record);
    } catch (error) {
      this.sending.set(false);
      const problem = problemOf(error, REFUSALS);
      if (problem.kind === 'refused' && Object.keys(problem.fields).length > 0) {
        const server: Partial<Record<ActivityField, { text: string; value: string }>> = {};
        const general: UiMessage[] = [];
        for (const [name, text] of Object.entries(problem.fields)) {
          const field = activityFieldOfApiField(name);
          if (field) server[field] = { text, value: this.model()[field] };
          else general.push({ text });
        }
        this.serverErrors.set(server);
        this.problems.show(general);
        this.afterRender(() => this.summaryBox()?.focus());
        return;
      }
      this.failure.set(problem);
      this.afterRender(() => this.failureBox()?.nativeElement.focus());
    }
  }

  private message(field: ActivityField): UiMessage | null {
    const kind = activityProblem(field, this.model(), this.today);
    if (kind) return { key: `matching.activity.errors.${field}.${kind}`, params: { max: this.notesMax, hours: MAX_ACTIVITY_HOURS } };
    const server = this.serverErrors()[field];
    return server && server.value === this.model()[field] ? { text: server.text } : null;
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
