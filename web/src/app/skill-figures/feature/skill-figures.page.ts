import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form, FormField } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { todayInJapan } from '../../shared/util/calendar-date';
import { SkillFiguresStore } from '../data-access/skill-figures.store';
import {
  barWidths,
  FIGURES_GROUPS,
  type FiguresGroupBy,
  figuresApiQuery,
  figuresQueryOf,
  figuresRouteParams,
  fiscalYearChoices,
  fiscalYearLabel,
  monthColumnLabel,
  monthLabel,
  periodLabel,
} from '../util/fiscal-year';

interface FiguresForm {
  fiscalYear: string;
  groupBy: FiguresGroupBy;
}

/**
 * 登録者数 (コーディネーター and 管理者): people with an active 特技バンク registration at the end of
 * each month of a 年度, by センター, 地区 or 活動の種類. The numbers are in a table (caption, header
 * cells); the bars beside the latest month's figures only repeat them. The year and grouping live
 * in the address.
 */
@Component({
  selector: 'tsu-skill-figures-page',
  imports: [FormField, RouterLink, TranslocoPipe],
  templateUrl: './skill-figures.page.html',
  styleUrl: './skill-figures.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillFiguresPage {
  private readonly store = inject(SkillFiguresStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly today = todayInJapan();

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => figuresQueryOf(this.params(), this.today));
  protected readonly groups = FIGURES_GROUPS;
  protected readonly years = computed(() => {
    const lang = this.language.current();
    return fiscalYearChoices(this.today).map((year) => ({ value: String(year), label: fiscalYearLabel(year, lang) }));
  });
  protected readonly yearLabel = computed(() => fiscalYearLabel(this.query().fiscalYear, this.language.current()));

  private readonly model = signal<FiguresForm>({ fiscalYear: '', groupBy: 'center' });
  protected readonly figuresForm = form(this.model, { name: 'figures' });

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  /** The table, worded: month headings, row labels, and the latest month's figures with bars. */
  protected readonly table = computed(() => {
    const figures = this.store.figures();
    if (!figures) return null;
    const lang = this.language.current();
    const last = figures.months.length - 1;
    const latest = figures.rows.map((row) => row.counts[last] ?? 0);
    const widths = barWidths(latest);
    return {
      months: figures.months.map((month, index) => monthColumnLabel(month, lang, index === 0)),
      period: periodLabel(figures.months, lang),
      latestMonth: last >= 0 ? monthLabel(figures.months[last], lang) : null,
      latestTotal: last >= 0 ? (figures.totals[last] ?? 0) : 0,
      rows: figures.rows.map((row, index) => ({
        key: row.key ?? `none-${index}`,
        label: lang === 'en' ? row.labelEn || row.labelJa : row.labelJa,
        counts: row.counts,
        latest: latest[index],
        width: widths[index],
      })),
      totals: figures.totals,
    };
  });
  /** The bars: the latest month, most people first (the table keeps the API's order). */
  protected readonly bars = computed(() => {
    const rows = this.table()?.rows ?? [];
    return [...rows].sort((a, b) => b.latest - a.latest);
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => {
        this.model.set({ fiscalYear: String(query.fiscalYear), groupBy: query.groupBy });
        void this.store.load(figuresApiQuery(query, this.today));
      });
    });
  }

  protected show(event: Event): void {
    event.preventDefault();
    const { fiscalYear, groupBy } = this.model();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: figuresRouteParams({ fiscalYear: Number(fiscalYear), groupBy }, this.today),
    });
  }

  protected retry(): void {
    void this.store.load(figuresApiQuery(this.query(), this.today));
  }
}
