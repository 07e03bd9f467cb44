import { afterNextRender, ChangeDetectionStrategy, Component, DOCUMENT, effect, inject, Injector, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type ActivatedRouteSnapshot, type Data, NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, skip } from 'rxjs';
import { SessionStore } from '../core/session/session.store';
import { SITE_CONTACT } from '../core/site/site-contact';
import { MembershipStore } from '../requests/data-access/membership.store';
import { LanguageSwitchComponent } from './language-switch.component';

/**
 * Header (site and council name, ログイン / 新規登録 or the person's name and ログアウト, language
 * switch, main navigation, and for staff the 職員メニュー), main, footer; skip link first.
 */
@Component({
  selector: 'tsu-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.is-wide]': 'wide()' },
})
export class ShellComponent {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly contact = inject(SITE_CONTACT);
  protected readonly sessionStatus = this.session.status;
  protected readonly viewer = this.session.viewer;
  protected readonly isStaff = this.session.isStaff;
  protected readonly isAdmin = this.session.isAdmin;
  /** 団体の依頼 in the main menu: the viewer belongs to an approved group. */
  protected readonly hasOrganisation = inject(MembershipStore).approvedMember;
  /** 住民の一覧 is current on the list itself (any search or page), not on a person's page. */
  protected readonly listActive = { paths: 'exact', queryParams: 'ignored', matrixParams: 'ignored', fragment: 'ignored' } as const;
  protected readonly loggingOut = signal(false);
  /** Pages with wide tables (route `data: { wide: true }`) get a wider column, header and footer included. */
  protected readonly wide = signal(false);

  constructor() {
    // Ask once per login whether the viewer belongs to an approved group.
    const membership = inject(MembershipStore);
    effect(() => {
      const accountId = this.viewer()?.accountId ?? null;
      untracked(() => membership.refresh(accountId !== null));
    });
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.wide.set(deepestData(this.router.routerState.snapshot.root)['wide'] === true));
    // After each in-app navigation (not the first page load), take keyboard and screen-reader
    // users to the new page's heading, as a full page load would put them at the top.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender({ write: () => this.focusPageHeading() }, { injector: this.injector }));
  }

  /** ログアウト in the header: then the login page says so; if it failed, マイページ says that. */
  protected async logout(): Promise<void> {
    if (this.loggingOut()) return;
    this.loggingOut.set(true);
    const outcome = await this.session.logout();
    this.loggingOut.set(false);
    this.session.notify(outcome.kind === 'logged-out' ? 'loggedOut' : 'logoutFailed');
    await this.router.navigateByUrl(outcome.kind === 'logged-out' ? '/login' : '/me');
  }

  /** The skip link moves focus to <main> itself: href="#main" alone would go to /#main via <base href>. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  private focusPageHeading(): void {
    const heading = this.document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

function deepestData(route: ActivatedRouteSnapshot): Data {
  let current = route;
  while (current.firstChild) current = current.firstChild;
  return current.data;
}
