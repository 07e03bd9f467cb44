import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { form, required, schema } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiProblem, RequestFailure } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { MyOrganisationsComponent } from '../../organisations/feature/my-organisations.component';
import { MyMatchingComponent } from '../../matching/feature/my-matching.component';
import { MySkillsComponent } from '../../skills/feature/my-skills.component';
import { EraseConfirmComponent } from '../../shared/ui/erase-confirm.component';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { saveJsonFile } from '../../shared/util/download';
import { AccountsStore } from '../data-access/accounts.store';
import { roleLabels } from '../util/role-labels';

/** The file 「自分のデータをダウンロード」 saves. */
export const MY_DATA_FILE_NAME = 'tsunagu-my-data.json';

interface DeleteDraft {
  confirmed: boolean;
}
const deleteSchema = schema<DeleteDraft>((path) => required(path.confirmed));

/**
 * マイページ: who is logged in, their roles in plain words, 登録データ (download one's own data,
 * delete the registration after a confirmation) and the two ways to log out.
 * Reached only through signedInGuard.
 */
@Component({
  selector: 'tsu-me-page',
  imports: [TranslocoPipe, EraseConfirmComponent, ErrorSummaryComponent, MyOrganisationsComponent, MySkillsComponent, MyMatchingComponent],
  templateUrl: './me.page.html',
  styleUrls: ['./accounts.page.css', './me.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MePage {
  private readonly session = inject(SessionStore);
  private readonly accounts = inject(AccountsStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly viewer = this.session.viewer;
  protected readonly roles = computed(() => roleLabels(this.viewer()?.roles ?? [], this.language.current()));
  /** Which button is at work, for its 「ログアウトしています…」. */
  protected readonly loggingOut = signal<'here' | 'everywhere' | null>(null);
  /** Logging out failed, here or from the header's button (which sends the person here). */
  protected readonly failure = signal<RequestFailure | null>(this.session.takeNotice(['logoutFailed']) ? 'unavailable' : null);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  // 登録データ
  protected readonly fileName = MY_DATA_FILE_NAME;
  protected readonly downloading = signal(false);
  protected readonly downloaded = signal(false);
  /** Why the download or the deletion did not work. */
  protected readonly dataProblem = signal<ApiProblem | null>(null);
  protected readonly confirmingDelete = signal(false);
  protected readonly deleting = signal(false);
  protected readonly deleteForm = form(signal<DeleteDraft>({ confirmed: false }), deleteSchema, { name: 'delete' });
  private readonly deleteProblems = new FormProblems<'confirmed'>({
    fields: ['confirmed'],
    controlIds: { confirmed: 'me-delete-confirm' },
    problem: () => (this.deleteForm.confirmed().errors().length > 0 ? { key: 'accounts.me.data.confirmRequired' } : null),
  });
  protected readonly deleteErrors = this.deleteProblems.errors;
  protected readonly summary = this.deleteProblems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly dataProblemBox = viewChild<ElementRef<HTMLElement>>('dataProblemBox');
  private readonly deletePanel = viewChild(EraseConfirmComponent);

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
      this.afterRender(() => this.failureBox()?.nativeElement.focus());
    }
  }

  /** 「自分のデータをダウンロード」: GET /api/me/data, saved as tsunagu-my-data.json. */
  protected async download(): Promise<void> {
    if (this.downloading()) return;
    this.downloading.set(true);
    this.downloaded.set(false);
    this.dataProblem.set(null);
    const outcome = await this.accounts.myData();
    this.downloading.set(false);
    if (outcome.kind === 'ready') {
      saveJsonFile(this.document, outcome.data, MY_DATA_FILE_NAME);
      this.downloaded.set(true);
    } else {
      this.showDataProblem(outcome);
    }
  }

  /** 「登録を削除する」: first what it means, and a box to tick. */
  protected startDelete(): void {
    this.confirmingDelete.set(true);
    this.dataProblem.set(null);
    this.afterRender(() => this.deletePanel()?.focus());
  }

  protected cancelDelete(): void {
    this.confirmingDelete.set(false);
    this.deleteProblems.clear();
    this.deleteForm.confirmed().value.set(false);
  }

  /** DELETE /api/me, then the home page says 「登録を削除しました」. */
  protected async confirmDelete(event: Event): Promise<void> {
    event.preventDefault();
    if (this.deleting()) return;
    this.deleteForm.confirmed().markAsTouched();
    if (this.deleteProblems.show() > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.deleting.set(true);
    this.dataProblem.set(null);
    const outcome = await this.accounts.deleteRegistration();
    this.deleting.set(false);
    if (outcome.kind === 'done') await this.router.navigateByUrl('/');
    else this.showDataProblem(outcome);
  }

  private showDataProblem(problem: ApiProblem): void {
    this.dataProblem.set(problem);
    this.afterRender(() => this.dataProblemBox()?.nativeElement.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
