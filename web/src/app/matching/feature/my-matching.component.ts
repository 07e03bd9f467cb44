import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * マイページ 「ボランティアの依頼」: the way to 「あなたへのおすすめの依頼」 and 「あなたのマッチング」. A section of its own,
 * so マイページ only places it.
 */
@Component({
  selector: 'tsu-my-matching',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="my-matching-title">
      <h2 id="my-matching-title">{{ 'matching.mine.heading' | transloco }}</h2>
      <p>{{ 'matching.mine.lead' | transloco }}</p>
      <p class="action">
        <a class="button button--secondary" routerLink="/me/requests-for-you">{{ 'matching.mine.forYou' | transloco }}</a>
      </p>
      <p class="action">
        <a class="button button--secondary" routerLink="/me/matches">{{ 'matching.mine.myMatches' | transloco }}</a>
      </p>
    </section>
  `,
  styles: `
    .action .button {
      width: 100%;
      max-width: 24rem;
    }
  `,
})
export class MyMatchingComponent {}
