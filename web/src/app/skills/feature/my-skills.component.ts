import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { formatDay } from '../../shared/util/calendar-date';
import { SkillProfileStore } from '../data-access/skill-profile.store';
import { registrationStatus, resumeStep, SKILL_STEPS, stepNumberOf } from '../util/skill-draft';

const BASE = '/me/skills';

/**
 * マイページ 「特技バンク」: where the resident's registration stands in words (未登録 / 途中まで保存 /
 * 登録済み), the way in (start, resume at the saved step, see and change), and 「登録をやめる」
 * after a plain confirmation (DELETE /api/me/skill-profile). A section of its own, so マイページ
 * only places it.
 */
@Component({
  selector: 'tsu-my-skills',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './my-skills.component.html',
  styles: `
    .status {
      font-size: 1.125rem;
      font-weight: 700;
    }
    .status__mark {
      margin-right: 0.25em;
    }
    .action {
      margin: 0 0 1.5rem;
    }
    .action .button {
      width: 100%;
      max-width: 24rem;
    }
    .panel {
      margin: 0 0 2rem;
      padding: 1.25rem 1.25rem 1.5rem;
      border: 4px solid var(--color-error);
      border-radius: 8px;
    }
    .panel__title {
      margin: 0 0 1rem;
      font-size: 1.25rem;
    }
    .notice__title {
      font-size: 1.125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MySkillsComponent {
  private readonly store = inject(SkillProfileStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);

  protected readonly base = BASE;
  protected readonly loading = signal(true);
  protected readonly loadProblem = signal<ApiProblem | null>(null);
  protected readonly status = computed(() => registrationStatus(this.store.profile()));
  protected readonly resume = computed(() => resumeStep(this.store.draft(), this.store.profile()?.step ?? 1));
  protected readonly resumeNumber = computed(() => stepNumberOf(this.resume()));
  protected readonly resumePath = computed(() => `${BASE}/step/${this.resumeNumber()}`);
  protected readonly firstStepPath = `${BASE}/step/${stepNumberOf(SKILL_STEPS[0])}`;
  protected readonly registeredOn = computed(() => {
    const at = this.store.profile()?.registeredAt;
    return at ? formatDay(at, this.language.current()) : null;
  });
  protected readonly insuredToday = computed(() => this.store.profile()?.insuredToday !== false);

  protected readonly confirming = signal(false);
  protected readonly withdrawing = signal(false);
  protected readonly withdrawn = signal(false);
  protected readonly withdrawProblem = signal<ApiProblem | null>(null);
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly resultBox = viewChild<ElementRef<HTMLElement>>('resultBox');

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadProblem.set(null);
    const outcome = await this.store.loadMine();
    this.loading.set(false);
    if (outcome.kind !== 'loaded') this.loadProblem.set(outcome);
  }

  /** 「登録をやめる」: first what it means. */
  protected startWithdraw(): void {
    this.confirming.set(true);
    this.withdrawn.set(false);
    this.withdrawProblem.set(null);
    this.afterRender(() => this.confirmHeading()?.nativeElement.focus());
  }

  protected cancelWithdraw(): void {
    this.confirming.set(false);
  }

  protected async withdraw(): Promise<void> {
    if (this.withdrawing()) return;
    this.withdrawing.set(true);
    this.withdrawProblem.set(null);
    const outcome = await this.store.withdrawMine();
    this.withdrawing.set(false);
    if (outcome.kind === 'withdrawn') {
      this.confirming.set(false);
      this.withdrawn.set(true);
    } else {
      this.withdrawProblem.set(outcome);
    }
    this.afterRender(() => this.resultBox()?.nativeElement.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
