import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { RequestStatus } from '@tsunagu/contracts';
import { RequestFormStore } from '../data-access/request-form.store';

/**
 * 「依頼を送りました」 (受付待ち: the center looks at it next) or 「下書きを保存しました」 after a
 * member's request, with what happens next and where to see it.
 */
@Component({
  selector: 'tsu-request-done-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    @if (request(); as request) {
      <h1>{{ (draft() ? 'requests.done.draftHeading' : 'requests.done.heading') | transloco }}</h1>
      <div class="notice notice--success">
        <p class="notice__title notice__last">
          {{ (draft() ? 'requests.done.draftSaved' : 'requests.done.sent') | transloco: { title: request.title } }}
        </p>
      </div>
      <h2>{{ 'requests.done.nextHeading' | transloco }}</h2>
      @if (draft()) {
        <p>{{ 'requests.done.draftNext' | transloco }}</p>
      } @else {
        <ul>
          <li>{{ 'requests.done.nextCenter' | transloco }}</li>
          <li>{{ 'requests.done.nextMatch' | transloco }}</li>
          <li>{{ 'requests.done.nextAddress' | transloco }}</li>
        </ul>
      }
      <div class="actions">
        <a class="button button--primary" [routerLink]="['/requests', request.id]">{{ 'requests.done.open' | transloco }}</a>
        <a class="button button--secondary" routerLink="/requests">{{ 'requests.done.toList' | transloco }}</a>
      </div>
    } @else {
      <h1>{{ 'requests.done.heading' | transloco }}</h1>
      <p>{{ 'requests.done.unknown' | transloco }}</p>
      <p>
        <a class="standalone-link" routerLink="/requests">{{ 'requests.done.toList' | transloco }}</a>
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestDonePage {
  protected readonly request = inject(RequestFormStore).sent;
  protected readonly draft = computed(() => this.request()?.status === RequestStatus.Draft);
}
