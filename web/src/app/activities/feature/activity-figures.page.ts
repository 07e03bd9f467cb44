import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form, FormField } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { todayInJapan } from '../../shared/util/calendar-date';
import { figuresPeriod, fiscalYearChoices, fiscalYearLabel, fiscalYearOf, periodLabel } from '../../skill-figures/util/fiscal-year';
import { ActivityFiguresStore } from '../data-access/activity-figures.store';
import { ACTIVITY_FIGURES, centerFiguresTables, countedMonths, fiscalYearParam } from '../util/activity-figures';

/**
 * 活動の実績 (コーディネーター and 管理者): per center and month of a 年度, 活動につながった数,
 * 支援実施回数, 依頼の受付数 and マッチング数, one table per center (caption, header cells). The
 * year is in the address (?fy=2025); this 年度 is the plain page.
 */
@Component({
  selector: 'tsu-activity-figures-page',
  imports: [FormField, RouterLink, TranslocoPipe],
  templateUrl: './activity-figures.page.html',
  styleUrl: './activity-figures.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityFiguresPage {
  private readonly store = inject(ActivityFiguresStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly today = todayInJapan();

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly fiscalYear = computed(() => fiscalYearParam(this.params(), this.today));
  protected readonly figures = ACTIVITY_FIGURES;
  protected readonly years = computed(() => {
    const lang = this.language.current();
    return fiscalYearChoices(this.today).map((year) => ({ value: String(year), label: fiscalYearLabel(year, lang) }));
  });
  protected readonly yearLabel = computed(() => fiscalYearLabel(this.fiscalYear(), this.language.current()));
  private readonly months = computed(() => countedMonths(this.fiscalYear(), this.today));
  protected readonly period = computed(() => periodLabel(this.months(), this.language.current()));
  protected readonly tables = computed(() => centerFiguresTables(this.store.rows(), this.months(), this.language.current()));
  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;

  private readonly model = signal({ fiscalYear: '' });
  protected readonly yearForm = form(this.model, { name: 'activityFigures' });

  constructor() {
    effect(() => {
      const year = this.fiscalYear();
      untracked(() => {
        this.model.set({ fiscalYear: String(year) });
        void this.store.load(figuresPeriod(year, this.today));
      });
    });
  }

  protected show(event: Event): void {
    event.preventDefault();
    const year = Number(this.model().fiscalYear);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { fy: year === fiscalYearOf(this.today) ? null : String(year) },
    });
  }

  protected retry(): void {
    void this.store.load(figuresPeriod(this.fiscalYear(), this.today));
  }
}
