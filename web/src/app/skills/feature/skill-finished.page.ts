import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { todayInJapan } from '../../shared/util/calendar-date';
import { SkillProfileStore } from '../data-access/skill-profile.store';
import { InsuranceNoticeComponent } from '../ui/insurance-notice.component';
import { insuranceCover } from '../util/insurance';
import { draftOfProfile, resumeStep, stepNumberOf } from '../util/skill-draft';
import { flowOf, homePath, stepPath } from './skill-flow';

/**
 * After 「この内容で登録する」 (data.finished 'done': 「特技バンクに登録しました」, what happens next,
 * the insurance warning if it does not cover today) or 「途中で保存して、あとで続ける」 ('saved':
 * where to pick it up again, and from which step).
 */
@Component({
  selector: 'tsu-skill-finished-page',
  imports: [RouterLink, TranslocoPipe, InsuranceNoticeComponent],
  template: `
    @if (finished === 'done') {
      <h1>{{ (flow.kind === 'self' ? 'skills.done.heading' : 'skills.done.headingProxy') | transloco }}</h1>
      <div class="notice notice--success" role="status">
        <p class="notice__title notice__last">
          @if (flow.kind === 'self') {
            {{ 'skills.done.title' | transloco }}
          } @else if (personName(); as name) {
            {{ 'skills.done.titleProxy' | transloco: { name: name } }}
          } @else {
            {{ 'skills.done.titleProxyNoName' | transloco }}
          }
        </p>
      </div>
      @if (cover(); as c) {
        @if (c.kind !== 'covered') {
          <tsu-insurance-notice [cover]="c" [lang]="lang()" />
        }
      }
      <h2>{{ 'skills.done.nextHeading' | transloco }}</h2>
      <ul>
        <li>{{ 'skills.done.next1' | transloco }}</li>
        <li>{{ (flow.kind === 'self' ? 'skills.done.next2' : 'skills.done.next2Proxy') | transloco }}</li>
        @if (listed()) {
          <li>{{ 'skills.done.listed' | transloco }}</li>
        }
      </ul>
      <div class="actions">
        <a class="button button--primary" [routerLink]="home">{{
          (flow.kind === 'self' ? 'skills.toMe' : 'skills.toPerson') | transloco
        }}</a>
        <a class="button button--secondary" [routerLink]="flow.base">{{ 'skills.done.view' | transloco }}</a>
      </div>
    } @else {
      <h1>{{ 'skills.saved.heading' | transloco }}</h1>
      <div class="notice notice--success" role="status">
        <p class="notice__title">{{ 'skills.saved.title' | transloco }}</p>
        <p class="notice__last">
          {{ 'skills.saved.resume' | transloco: { n: resumeNumber(), step: ('skills.steps.' + resume() | transloco) } }}
        </p>
      </div>
      <p>{{ (flow.kind === 'self' ? 'skills.saved.where' : 'skills.saved.whereProxy') | transloco }}</p>
      <div class="actions">
        <a class="button button--primary" [routerLink]="home">{{
          (flow.kind === 'self' ? 'skills.toMe' : 'skills.toPerson') | transloco
        }}</a>
        <a class="button button--secondary" [routerLink]="resumePath()">{{ 'skills.saved.continue' | transloco }}</a>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillFinishedPage {
  private readonly store = inject(SkillProfileStore);
  private readonly route = inject(ActivatedRoute);

  protected readonly flow = flowOf(this.route.snapshot);
  protected readonly finished = this.route.snapshot.data['finished'] as 'done' | 'saved';
  protected readonly home = homePath(this.flow);
  protected readonly lang = inject(LanguageService).current;
  protected readonly personName = this.store.personName;

  private readonly profile = this.store.profile;
  protected readonly cover = computed(() => {
    const profile = this.profile();
    return profile ? insuranceCover(profile.insurance, todayInJapan()) : null;
  });
  protected readonly listed = computed(() => this.profile()?.publicListing === true);
  protected readonly resume = computed(() => resumeStep(draftOfProfile(this.profile(), todayInJapan()), this.profile()?.step ?? 1));
  protected readonly resumeNumber = computed(() => stepNumberOf(this.resume()));
  protected readonly resumePath = computed(() => stepPath(this.flow, this.resume()));
}
