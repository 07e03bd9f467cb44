import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  type ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { form, FormField } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink, Scroll } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { WEEKDAYS } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { areasByCenter } from '../../shared/util/area-groups';
import { PaginationComponent } from '../../shared/ui/pagination.component';
import { SelectFieldComponent } from '../../shared/ui/select-field.component';
import { todayInJapan } from '../../shared/util/calendar-date';
import { saveBlobFile } from '../../shared/util/download';
import { pageRange } from '../../shared/util/pagination';
import { SkillSearchStore } from '../data-access/skill-search.store';
import {
  DAY_PERIODS,
  emptySkillSearchFilter,
  exportFileName,
  hasCriteria,
  type SkillSearchFilter,
  skillSearchQueryOf,
  skillSearchRouteParams,
} from '../util/search-query';
import { volunteerCard } from '../util/skill-labels';
import { categoryGroups, languageOptions, qualificationOptions } from '../../shared/util/taxonomy-labels';

type ExportState = { kind: 'idle' } | { kind: 'exporting' } | { kind: 'done'; fileName: string } | { kind: 'problem'; problem: ApiProblem };

/**
 * 特技バンクの検索 (コーディネーター and 管理者): the volunteers of the viewer's centers by words
 * (through the taxonomy's aliases: 草取り finds 草むしり), category, area, day and time, language,
 * qualification and insurance; most relevant first, each with why it matched. The search lives in
 * the address, so it can be bookmarked and 「戻る」 comes back to it. 「CSVで書き出す」 saves every
 * match for Excel.
 */
@Component({
  selector: 'tsu-skill-search-page',
  imports: [FormField, RouterLink, TranslocoPipe, PaginationComponent, SelectFieldComponent],
  templateUrl: './skill-search.page.html',
  styleUrl: './skill-search.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillSearchPage {
  private readonly store = inject(SkillSearchStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => skillSearchQueryOf(this.params()));
  protected readonly filtered = computed(() => hasCriteria(this.query()));

  private readonly filterModel = signal<SkillSearchFilter>(emptySkillSearchFilter());
  protected readonly filterForm = form(this.filterModel, { name: 'skill-search' });

  protected readonly weekdays = WEEKDAYS;
  protected readonly periods = DAY_PERIODS;
  protected readonly categoryGroups = computed(() => categoryGroups(this.language.current()));
  protected readonly languages = computed(() => languageOptions(this.language.current()));
  protected readonly qualifications = computed(() => qualificationOptions(this.language.current()));
  protected readonly areaGroups = computed(() => areasByCenter(this.store.areas(), this.language.current()));
  protected readonly areasStatus = this.store.areasStatus;

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  protected readonly result = this.store.result;
  protected readonly cards = computed(() => {
    const lang = this.language.current();
    return (this.result()?.items ?? []).map((item) => volunteerCard(item, lang));
  });
  protected readonly range = computed(() => {
    const result = this.result();
    return result ? pageRange(result.page, result.pageSize, result.total) : { from: 0, to: 0 };
  });

  protected readonly exportState = signal<ExportState>({ kind: 'idle' });
  private readonly exportBox = viewChild<ElementRef<HTMLElement>>('exportBox');
  private readonly resultsHeading = viewChild<ElementRef<HTMLElement>>('resultsHeading');
  private focusResults = false;

  constructor() {
    // After 「検索する」 the router scrolls to the top and the shell focuses <h1>, as after any
    // navigation; then (the router's Scroll event, one task later) focus moves on to the results,
    // which sit below a form that fills a phone's screen.
    this.router.events
      .pipe(
        filter((event) => event instanceof Scroll),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (!this.focusResults) return;
        this.focusResults = false;
        setTimeout(() => this.resultsHeading()?.nativeElement.focus());
      });
    this.store.loadAreas();
    effect(() => {
      const query = this.query();
      untracked(() => {
        const { page: _page, ...criteria } = query;
        this.filterModel.set(criteria);
        this.exportState.set({ kind: 'idle' });
        void this.store.search(query);
      });
    });
  }

  /**
   * 「検索する」: the criteria go into the address (back to page 1), which runs the search. Focus
   * then moves to 「検索結果」, below a form that fills a phone's screen several times over.
   */
  protected search(event: Event): void {
    event.preventDefault();
    this.focusResults = true;
    void this.router.navigate([], { relativeTo: this.route, queryParams: skillSearchRouteParams(this.filterModel()) });
  }

  protected retry(): void {
    void this.store.search(this.query());
  }

  protected retryAreas(): void {
    this.store.loadAreas();
  }

  /** 「CSVで書き出す」: every match of the search shown (not only this page). */
  protected async exportCsv(): Promise<void> {
    if (this.exportState().kind === 'exporting') return;
    this.exportState.set({ kind: 'exporting' });
    const outcome = await this.store.exportCsv(this.query());
    if (outcome.kind === 'exported') {
      const fileName = outcome.fileName ?? exportFileName(todayInJapan());
      saveBlobFile(this.document, outcome.blob, fileName);
      this.exportState.set({ kind: 'done', fileName });
    } else {
      this.exportState.set({ kind: 'problem', problem: outcome });
      afterNextRender({ write: () => this.exportBox()?.nativeElement.focus() }, { injector: this.injector });
    }
  }
}
