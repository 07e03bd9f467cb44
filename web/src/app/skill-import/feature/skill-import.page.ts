import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form, FormField, required } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SKILL_IMPORT_LIMITS } from '@tsunagu/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { defaultCenterId } from '../../core/session/staff-roles';
import { SessionStore } from '../../core/session/session.store';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import type { UiMessage } from '../../shared/ui/ui-message';
import { centerName } from '../../people/util/people-query';
import { SKILL_IMPORT_TEMPLATE_URL } from '../data-access/skill-import-api.service';
import { SkillImportStore } from '../data-access/skill-import.store';
import { fileProblem, importProgress, importStage, MAX_FILE_MEGABYTES, SKILL_IMPORT_PATH, SKILL_SEARCH_PATH } from '../util/skill-import';

type ImportField = 'centerId' | 'file';
const FIELDS: readonly ImportField[] = ['centerId', 'file'];
const CONTROL_IDS: Record<ImportField, string> = { centerId: 'import-center', file: 'import-file' };

/**
 * 名簿の取り込み (/staff/skills/import): a coordinator uploads the register the center kept in
 * Excel, sees what will be registered and which rows have errors (in plain words, by line), then
 * starts the import and follows a progress bar to the end. Only valid rows are registered, all in
 * one go: if anything fails, nobody is registered. The checked import's id is in the address
 * (?id=), so a reload or a closed tab comes back to it.
 */
@Component({
  selector: 'tsu-skill-import-page',
  imports: [FormField, RouterLink, TranslocoPipe, ErrorSummaryComponent],
  templateUrl: './skill-import.page.html',
  styleUrl: './skill-import.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillImportPage {
  private readonly store = inject(SkillImportStore);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly ids = CONTROL_IDS;
  protected readonly templateUrl = SKILL_IMPORT_TEMPLATE_URL;
  protected readonly searchPath = SKILL_SEARCH_PATH;
  protected readonly maxMegabytes = MAX_FILE_MEGABYTES;
  protected readonly maxRows = SKILL_IMPORT_LIMITS.maxRows;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly importId = computed(() => this.params().get('id'));

  private readonly model = signal({ centerId: defaultCenterId(this.session.viewer()) ?? '' });
  protected readonly importForm = form(this.model, (path) => required(path.centerId));
  protected readonly file = signal<File | null>(null);
  protected readonly sending = signal(false);
  protected readonly committing = signal(false);
  /** The API's word on the last send, per field, and for the request as a whole. */
  private readonly serverErrors = signal<Partial<Record<ImportField, string>>>({});
  protected readonly sendProblem = signal<UiMessage | null>(null);

  protected readonly centersStatus = this.store.centersStatus;
  protected readonly centerOptions = computed(() =>
    this.store.centers().map((center) => ({ id: center.id, label: centerName(center, this.language.current()) })),
  );

  protected readonly loadStatus = this.store.status;
  protected readonly loadProblem = this.store.problem;
  protected readonly pollTrouble = this.store.pollTrouble;
  protected readonly skillImport = this.store.skillImport;
  /** The import this page shows: only the one named in the address. */
  protected readonly current = computed(() => {
    const skillImport = this.skillImport();
    return skillImport && skillImport.id === this.importId() ? skillImport : null;
  });
  protected readonly stage = computed(() => {
    const current = this.current();
    return current ? importStage(current) : null;
  });
  protected readonly errorRows = computed(() => {
    const current = this.current();
    return current ? current.totalRows - current.validRows : 0;
  });
  protected readonly progress = computed(() => {
    const current = this.current();
    return current ? importProgress(current) : { value: 0, max: 1 };
  });
  protected readonly centerLabel = computed(() => {
    const current = this.current();
    return this.centerOptions().find((option) => option.id === current?.centerId)?.label ?? null;
  });

  private readonly problems = new FormProblems<ImportField>({
    fields: FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  constructor() {
    this.store.loadCenters();
    // The address says which import to show; without one, the empty form.
    effect(() => {
      const id = this.importId();
      untracked(() => {
        if (id) void this.store.open(id);
        else this.store.reset();
      });
    });
    // A coordinator of one center has it chosen already, once the list is in.
    effect(() => {
      const options = this.centerOptions();
      untracked(() => {
        if (options.length === 1 && !this.model().centerId) this.model.set({ centerId: options[0].id });
      });
    });
    // The API words the rows' errors: in the other language, they are asked for again.
    let shownIn = this.language.current();
    effect(() => {
      const lang = this.language.current();
      if (lang === shownIn) return;
      shownIn = lang;
      untracked(() => void this.store.refresh());
    });
    inject(DestroyRef).onDestroy(() => this.store.stopPolling());
  }

  protected retryCenters(): void {
    this.store.loadCenters();
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.serverErrors.update(({ file: _, ...rest }) => rest);
  }

  /** 「ファイルを確認する」: the API reads every row; nothing is registered yet. */
  protected async check(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) return;
    this.importForm.centerId().markAsTouched();
    this.serverErrors.set({});
    this.sendProblem.set(null);
    if (this.problems.show() > 0) return this.focusSummary();
    this.problems.clear();
    this.sending.set(true);
    const outcome = await this.store.upload(this.model().centerId, this.file() as File);
    this.sending.set(false);
    if (outcome.kind === 'checked') {
      await this.router.navigate([], { relativeTo: this.route, queryParams: { id: outcome.skillImport.id } });
      this.focusHeading('import-result-heading');
      return;
    }
    if (outcome.kind === 'refused') {
      const fields = outcome.fields;
      this.serverErrors.set({ centerId: fields['centerId'], file: fields['contentBase64'] ?? fields['fileName'] });
      const general = outcome.status === 400 && Object.keys(fields).length > 0 ? null : outcome.message;
      this.sendProblem.set(general ? { text: general } : null);
    } else {
      this.sendProblem.set({ key: `accounts.failure.${outcome.reason}` });
    }
    this.problems.show(this.sendProblem() ? [this.sendProblem() as UiMessage] : []);
    this.focusSummary();
  }

  /** 「○件を取り込む」 */
  protected async commit(): Promise<void> {
    if (this.committing()) return;
    this.committing.set(true);
    const outcome = await this.store.commit();
    this.committing.set(false);
    if (outcome.kind === 'started') {
      this.sendProblem.set(null);
      this.focusHeading('import-progress-heading');
      return;
    }
    this.sendProblem.set(outcome.kind === 'refused' ? { text: outcome.message ?? '' } : { key: `accounts.failure.${outcome.reason}` });
    afterNextRender({ write: () => this.document.getElementById('import-commit-problem')?.focus() }, { injector: this.injector });
  }

  /** 「別のファイルを選ぶ」: back to the empty form. */
  protected async startOver(): Promise<void> {
    this.file.set(null);
    this.sendProblem.set(null);
    this.problems.clear();
    await this.router.navigateByUrl(SKILL_IMPORT_PATH);
    this.focusHeading('import-form-heading');
  }

  private messageFor(field: ImportField): UiMessage | null {
    const server = this.serverErrors()[field];
    if (field === 'centerId') {
      if (!this.model().centerId) return { key: 'skillImport.errors.centerRequired' };
      return server ? { text: server } : null;
    }
    const problem = fileProblem(this.file());
    if (problem) return { key: `skillImport.errors.file.${problem}`, params: { max: MAX_FILE_MEGABYTES } };
    return server ? { text: server } : null;
  }

  private focusSummary(): void {
    afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
  }

  private focusHeading(id: string): void {
    afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
