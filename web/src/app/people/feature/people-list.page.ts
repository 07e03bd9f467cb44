import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form, FormField } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { PaginationComponent } from '../../shared/ui/pagination.component';
import { formatDay } from '../../shared/util/calendar-date';
import { pageRange } from '../../shared/util/pagination';
import { cleanText } from '../../shared/util/text-input';
import { PeopleStore } from '../data-access/people.store';
import { PEOPLE_PAGE_SIZE, peopleQueryOf } from '../util/people-query';
import { PROXY_BASE_PATH } from '../util/proxy-draft';

/**
 * 住民の一覧 for staff: the people of their centers, newest first, without contact details (those
 * are on the detail page, behind a recorded reason). The search words and page live in the address
 * (?q=&page=), so 「戻る」 and the pagination links work as links do.
 */
@Component({
  selector: 'tsu-people-list-page',
  imports: [FormField, RouterLink, TranslocoPipe, PaginationComponent],
  templateUrl: './people-list.page.html',
  styleUrls: ['./people.page.css', './people-list.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleListPage {
  private readonly store = inject(PeopleStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => peopleQueryOf(this.params()));
  protected readonly pageSize = PEOPLE_PAGE_SIZE;
  protected readonly newPath = PROXY_BASE_PATH;

  private readonly searchModel = signal({ q: '' });
  protected readonly searchForm = form(this.searchModel);
  /** 「○○ さんの登録を削除しました」 after a deletion on the detail page. */
  protected readonly erasedName = this.store.takeErasedName();

  protected readonly status = this.store.listStatus;
  protected readonly problem = this.store.listProblem;
  protected readonly result = this.store.listResult;
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return (this.result()?.items ?? []).map((person) => ({
      ...person,
      center: lang === 'en' ? person.centerNameEn || person.centerNameJa : person.centerNameJa,
      registeredOn: formatDay(person.createdAt, lang),
    }));
  });
  protected readonly range = computed(() => {
    const result = this.result();
    return result ? pageRange(result.page, result.pageSize, result.total) : { from: 0, to: 0 };
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => {
        this.searchModel.set({ q: query.q });
        void this.store.loadList(query);
      });
    });
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = cleanText(this.searchForm.q().value());
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: q || null, page: null },
    });
  }

  protected retry(): void {
    void this.store.loadList(this.query());
  }
}
