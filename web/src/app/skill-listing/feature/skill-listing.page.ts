import { ChangeDetectionStrategy, Component, computed, effect, type ElementRef, inject, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { form, FormField } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink, Scroll } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { areasByCenter } from '../../shared/util/area-groups';
import { PaginationComponent } from '../../shared/ui/pagination.component';
import { SelectFieldComponent } from '../../shared/ui/select-field.component';
import { pageRange } from '../../shared/util/pagination';
import { listingCard } from '../../skill-search/util/skill-labels';
import { categoryGroups } from '../../shared/util/taxonomy-labels';
import { SkillListingStore } from '../data-access/skill-listing.store';
import { emptyListingFilter, isFiltered, type ListingFilter, listingQueryOf, listingRouteParams } from '../util/listing-query';

/**
 * 特技バンク (public, no login): what residents registered that they can do, by nickname, area and
 * skills only — never a name or contact details. 「センターに相談する」 on each card leads to a form
 * that reaches a coordinator, who goes between the two. The filter lives in the address.
 */
@Component({
  selector: 'tsu-skill-listing-page',
  imports: [FormField, RouterLink, TranslocoPipe, PaginationComponent, SelectFieldComponent],
  templateUrl: './skill-listing.page.html',
  styleUrl: './skill-listing.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillListingPage {
  private readonly store = inject(SkillListingStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly contact = inject(SITE_CONTACT);
  private readonly resultsHeading = viewChild<ElementRef<HTMLElement>>('resultsHeading');
  private focusResults = false;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => listingQueryOf(this.params()));
  protected readonly filtered = computed(() => isFiltered(this.query()));

  private readonly filterModel = signal<ListingFilter>(emptyListingFilter());
  protected readonly filterForm = form(this.filterModel, { name: 'skill-listing' });
  protected readonly categoryGroups = computed(() => categoryGroups(this.language.current()));
  protected readonly areaGroups = computed(() => areasByCenter(this.store.areas(), this.language.current()));
  protected readonly areasStatus = this.store.areasStatus;

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  protected readonly result = this.store.result;
  protected readonly cards = computed(() => {
    const lang = this.language.current();
    return (this.result()?.items ?? []).map((listing) => listingCard(listing, lang));
  });
  protected readonly range = computed(() => {
    const result = this.result();
    return result ? pageRange(result.page, result.pageSize, result.total) : { from: 0, to: 0 };
  });

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
        void this.store.load(query);
      });
    });
  }

  /** 「この条件で表示する」: the filter goes into the address; focus moves to the list below the form. */
  protected search(event: Event): void {
    event.preventDefault();
    this.focusResults = true;
    void this.router.navigate([], { relativeTo: this.route, queryParams: listingRouteParams(this.filterModel()) });
  }

  protected retry(): void {
    void this.store.load(this.query());
  }

  protected retryAreas(): void {
    this.store.loadAreas();
  }
}
