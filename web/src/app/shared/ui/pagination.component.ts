import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { pageCount, pageItems } from '../util/pagination';

/**
 * 「ページ送り」 under a paged table: real links (?page=n, the other query parameters kept), so
 * each page can be bookmarked and opened in a new tab. 「前のページ」 and 「次のページ」 in words,
 * the current page marked with aria-current and a thick frame (not colour alone). Hidden when
 * everything fits on one page.
 */
@Component({
  selector: 'tsu-pagination',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pagination" [attr.aria-label]="label()">
        <ul class="pagination__list">
          @if (page() > 1) {
            <li>
              <a
                class="pagination__link pagination__link--step"
                [routerLink]="[]"
                [queryParams]="linkParams(page() - 1)"
                queryParamsHandling="merge"
              >
                <span aria-hidden="true">‹ </span>{{ 'pagination.previous' | transloco }}
              </a>
            </li>
          }
          @for (item of items(); track item.kind === 'page' ? item.page : item.key) {
            <li>
              @if (item.kind === 'page') {
                <a
                  class="pagination__link"
                  [class.is-current]="item.page === page()"
                  [attr.aria-current]="item.page === page() ? 'page' : null"
                  [routerLink]="[]"
                  [queryParams]="linkParams(item.page)"
                  queryParamsHandling="merge"
                  ><span aria-hidden="true">{{ item.page }}</span
                  ><span class="visually-hidden">{{ 'pagination.page' | transloco: { n: item.page } }}</span></a
                >
              } @else {
                <span class="pagination__gap" aria-hidden="true">…</span>
              }
            </li>
          }
          @if (page() < pages()) {
            <li>
              <a
                class="pagination__link pagination__link--step"
                [routerLink]="[]"
                [queryParams]="linkParams(page() + 1)"
                queryParamsHandling="merge"
              >
                {{ 'pagination.next' | transloco }}<span aria-hidden="true"> ›</span>
              </a>
            </li>
          }
        </ul>
      </nav>
    }
  `,
  styles: `
    .pagination {
      margin: 1.5rem 0 2rem;
    }
    .pagination__list {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .pagination__list li {
      margin: 0;
    }
    .pagination__link,
    .pagination__link:visited {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 48px;
      min-height: 48px;
      padding: 0.25rem 0.75rem;
      color: var(--color-primary);
      border: 1px solid var(--color-border);
      border-radius: 8px;
      background: #fff;
    }
    .pagination__link:hover {
      background: var(--color-bg-hover);
    }
    .pagination__link.is-current {
      color: var(--color-text);
      font-weight: 700;
      text-decoration: none;
      border: 4px solid var(--color-text);
    }
    .pagination__gap {
      display: inline-block;
      min-width: 1.5rem;
      text-align: center;
    }
  `,
})
export class PaginationComponent {
  readonly page = input.required<number>();
  readonly total = input.required<number>();
  readonly pageSize = input.required<number>();
  /** Accessible name of the navigation, e.g. 「住民の一覧のページ送り」. */
  readonly label = input.required<string>();

  protected readonly pages = computed(() => pageCount(this.total(), this.pageSize()));
  protected readonly items = computed(() => pageItems(this.page(), this.pages()));

  /** Page 1 is the address without ?page. */
  protected linkParams(page: number): Record<string, number | null> {
    return { page: page > 1 ? page : null };
  }
}
