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
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestFailure } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { roleLabels } from '../util/role-labels';

/**
 * マイページ: who is logged in, their roles in plain words, and the two ways to log out.
 * Reached only through signedInGuard.
 */
@Component({
  selector: 'tsu-me-page',
  imports: [TranslocoPipe],
  templateUrl: './me.page.html',
  styleUrls: ['./accounts.page.css', './me.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MePage {
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly viewer = this.session.viewer;
  protected readonly roles = computed(() => roleLabels(this.viewer()?.roles ?? [], this.language.current()));
  /** Which button is at work, for its 「ログアウトしています…」. */
  protected readonly loggingOut = signal<'here' | 'everywhere' | null>(null);
  /** Logging out failed, here or from the header's button (which sends the person here). */
  protected readonly failure = signal<RequestFailure | null>(
    this.session.takeNotice(['logoutFailed']) ? 'unavailable' : null,
  );
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  protected async logout(everywhere: boolean): Promise<void> {
    if (this.loggingOut()) return;
    this.loggingOut.set(everywhere ? 'everywhere' : 'here');
    this.failure.set(null);
    const outcome = await this.session.logout(everywhere);
    this.loggingOut.set(null);
    if (outcome.kind === 'logged-out') {
      this.session.notify(everywhere ? 'loggedOutEverywhere' : 'loggedOut');
      await this.router.navigateByUrl('/login');
    } else {
      this.failure.set(outcome.reason);
      afterNextRender({ write: () => this.failureBox()?.nativeElement.focus() }, { injector: this.injector });
    }
  }
}
