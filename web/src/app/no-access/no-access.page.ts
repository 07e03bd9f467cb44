import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** 「このページを見る権限がありません」: a logged-in person opened a page for other roles. */
@Component({
  selector: 'tsu-no-access-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'noAccess.heading' | transloco }}</h1>
    <p>{{ 'noAccess.text' | transloco }}</p>
    <p>{{ 'noAccess.ask' | transloco }}</p>
    <div class="actions">
      <a class="button button--primary" routerLink="/me">{{ 'noAccess.me' | transloco }}</a>
      <a class="button button--secondary" routerLink="/">{{ 'noAccess.home' | transloco }}</a>
    </div>
  `,
})
export class NoAccessPage {}
