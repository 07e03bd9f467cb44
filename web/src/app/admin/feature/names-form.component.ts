import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { form, FormField, required, schema, validate } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiProblem } from '../../core/http/api-problem';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import {
  emptyNamesDraft,
  NAME_MAX_LENGTH,
  NAMES_FIELDS,
  type NamesDraft,
  type NamesField,
  namesFieldOfApiField,
  namesFieldRequired,
  namesFields,
  type NamesPurpose,
  namesProblem,
} from '../util/names-draft';

/** What the page does with the names: null when saved, or why not (the form shows it). */
export type SaveNames = (draft: NamesDraft) => Promise<ApiProblem | null>;

type ServerErrors = Partial<Record<NamesField, { text: string; value: string }>>;

/**
 * The names of a center or an area (日本語, ふりがな, English), with its code when it is new and the
 * kind when it is a new center: センターを追加する, 地区を追加する and the two renames. Checks what
 * it can, lists problems in an error summary, shows the API's messages at their fields, and tells
 * the page when the names were saved.
 */
@Component({
  selector: 'tsu-names-form',
  imports: [FormField, TranslocoPipe, ErrorSummaryComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (summary().length > 0) {
      <tsu-error-summary [items]="summary()" />
    }
    @if (failure(); as p) {
      <div #failureBox class="notice notice--error" tabindex="-1" role="alert">
        <p class="notice__title">{{ 'admin.saveFailed' | transloco }}</p>
        @if (p.kind === 'refused') {
          <p class="notice__last">
            {{ p.message ?? ('accounts.failure.unavailable' | transloco) }}
          </p>
        } @else {
          <p class="notice__last">{{ 'accounts.failure.' + p.reason | transloco }}</p>
        }
      </div>
    }
    <form novalidate (submit)="send($event)">
      @if (shows('kind')) {
        <fieldset
          class="field"
          [class.field--error]="errors().kind"
          [attr.aria-describedby]="errors().kind ? idPrefix() + '-kind-error' : null"
        >
          <legend class="field__label">
            {{ 'admin.names.fields.kind.label' | transloco }}
            <span class="required-mark">{{ 'form.required' | transloco }}</span>
          </legend>
          @if (errors().kind; as e) {
            <p class="field__error" [id]="idPrefix() + '-kind-error'">
              <span class="visually-hidden">{{ 'form.errorPrefix' | transloco }}</span>{{ e.text ?? (e.key | transloco: e.params) }}
            </p>
          }
          <div class="choices choices--stacked">
            @for (kind of kinds; track kind) {
              <div class="choice">
                <input
                  class="choice__input"
                  type="radio"
                  [value]="kind"
                  [id]="idPrefix() + '-kind-' + kind"
                  [formField]="namesForm.kind"
                  [attr.aria-invalid]="errors().kind ? 'true' : null"
                />
                <label class="choice__label" [for]="idPrefix() + '-kind-' + kind">{{ 'admin.centerKinds.' + kind | transloco }}</label>
              </div>
            }
          </div>
        </fieldset>
      }
      @if (shows('code')) {
        <tsu-text-field
          [field]="namesForm.code"
          [controlId]="ids().code"
          [label]="'admin.names.fields.code.label' | transloco"
          [hint]="(purpose() === 'newCenter' ? 'admin.names.fields.code.hintCenter' : 'admin.names.fields.code.hintArea') | transloco"
          [required]="true"
          [error]="errors().code"
        />
      }
      <tsu-text-field
        [field]="namesForm.nameJa"
        [controlId]="ids().nameJa"
        [label]="'admin.names.fields.nameJa.label' | transloco"
        [hint]="(isArea() ? 'admin.names.fields.nameJa.hintArea' : 'admin.names.fields.nameJa.hintCenter') | transloco"
        [required]="true"
        [error]="errors().nameJa"
      />
      <tsu-text-field
        [field]="namesForm.nameKana"
        [controlId]="ids().nameKana"
        [label]="'admin.names.fields.nameKana.label' | transloco"
        [hint]="(purpose() === 'renameCenter' ? 'admin.names.fields.nameKana.hintKeep' : 'admin.names.fields.nameKana.hint') | transloco"
        [required]="kanaRequired()"
        [error]="errors().nameKana"
      />
      <tsu-text-field
        [field]="namesForm.nameEn"
        [controlId]="ids().nameEn"
        [label]="'admin.names.fields.nameEn.label' | transloco"
        [hint]="(isArea() ? 'admin.names.fields.nameEn.hintArea' : 'admin.names.fields.nameEn.hintCenter') | transloco"
        [required]="true"
        [error]="errors().nameEn"
      />
      <div class="actions">
        <button type="submit" class="button button--primary" [attr.aria-disabled]="saving() || null">
          {{ saving() ? ('admin.saving' | transloco) : submitLabel() }}
        </button>
        @if (cancellable()) {
          <button type="button" class="button button--secondary" (click)="cancelled.emit()">
            {{ 'admin.cancel' | transloco }}
          </button>
        }
      </div>
      <p class="visually-hidden" aria-live="polite">
        {{ saving() ? ('admin.saving' | transloco) : '' }}
      </p>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .choices--stacked {
      flex-direction: column;
      gap: 0.25rem;
    }
  `,
})
export class NamesFormComponent implements OnInit {
  private readonly injector = inject(Injector);

  readonly purpose = input.required<NamesPurpose>();
  /** Unique on the page: the controls' ids start with it. */
  readonly idPrefix = input.required<string>();
  /** The names to start from (a rename starts from the current names). */
  readonly initial = input<NamesDraft>(emptyNamesDraft());
  /** Already translated, e.g. 「地区を追加する」. */
  readonly submitLabel = input.required<string>();
  readonly save = input.required<SaveNames>();
  readonly cancellable = input(true);
  /** Japanese names the new name must not repeat (the other centers' names). */
  readonly takenNames = input<readonly string[]>([]);
  /** Start again with empty fields after a save (the form stays on the page). */
  readonly resetOnSave = input(false);

  readonly saved = output();
  readonly cancelled = output();

  protected readonly kinds = ['district', 'disaster'] as const;
  private readonly model = signal<NamesDraft>(emptyNamesDraft());
  private readonly serverErrors = signal<ServerErrors>({});
  protected readonly namesForm = form(
    this.model,
    schema<NamesDraft>((path) => {
      for (const field of NAMES_FIELDS) {
        required(path[field], { when: () => namesFieldRequired(this.purpose(), field) });
        validate(path[field], ({ value }) => {
          const raw: string = value();
          const kind = raw === '' ? null : namesProblem(this.purpose(), field, raw, this.takenNames());
          return kind ? { kind } : undefined;
        });
      }
    }),
    { name: 'names' },
  );

  protected readonly ids = computed(() => {
    const prefix = this.idPrefix();
    return {
      kind: `${prefix}-kind-district`,
      code: `${prefix}-code`,
      nameJa: `${prefix}-name-ja`,
      nameKana: `${prefix}-name-kana`,
      nameEn: `${prefix}-name-en`,
    } satisfies Record<NamesField, string>;
  });
  protected readonly isArea = computed(() => this.purpose() === 'newArea' || this.purpose() === 'renameArea');
  protected readonly kanaRequired = computed(() => namesFieldRequired(this.purpose(), 'nameKana'));
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);

  private readonly problems = new FormProblems<NamesField>({
    fields: NAMES_FIELDS,
    controlIds: lazyControlIds(() => this.ids()),
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  ngOnInit(): void {
    this.model.set({ ...this.initial() });
  }

  protected shows(field: NamesField): boolean {
    return namesFields(this.purpose()).includes(field);
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.failure.set(null);
    const fields = namesFields(this.purpose());
    for (const field of fields) this.namesForm[field]().markAsTouched();
    if (this.problems.show([], fields) > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.saving.set(true);
    const draft = this.model();
    const problem = await this.save()(draft);
    this.saving.set(false);
    if (!problem) {
      this.problems.clear();
      this.serverErrors.set({});
      if (this.resetOnSave()) {
        this.model.set({ ...this.initial() });
        this.namesForm().reset();
      }
      this.saved.emit();
      return;
    }
    if (problem.kind === 'refused' && problem.status === 400) {
      const errors: ServerErrors = {};
      const general: UiMessage[] = [];
      for (const [apiField, text] of Object.entries(problem.fields)) {
        const field = namesFieldOfApiField(apiField);
        if (field && fields.includes(field)) errors[field] ??= { text, value: draft[field] };
        else general.push({ text });
      }
      if (Object.keys(errors).length === 0 && general.length === 0 && problem.message) general.push({ text: problem.message });
      this.serverErrors.set(errors);
      this.problems.show(general, fields);
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.problems.clear();
    this.failure.set(problem);
    this.afterRender(() => this.failureBox()?.nativeElement.focus());
  }

  private messageFor(field: NamesField): UiMessage | null {
    const value = this.model()[field];
    const kind = namesProblem(this.purpose(), field, value, this.takenNames());
    if (kind) return { key: `admin.names.errors.${field}.${kind}`, params: { max: NAME_MAX_LENGTH } };
    const server = this.serverErrors()[field];
    return server && server.value === value ? { text: server.text } : null;
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}

/** The ids depend on the idPrefix input, which is only there once the component is set up. */
function lazyControlIds(read: () => Record<NamesField, string>): Record<NamesField, string> {
  const ids = {} as Record<NamesField, string>;
  for (const field of NAMES_FIELDS) {
    Object.defineProperty(ids, field, { get: () => read()[field], enumerable: true });
  }
  return ids;
}
