import { afterNextRender, ChangeDetectionStrategy, Component, DOCUMENT, inject, Injector } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, skip } from 'rxjs';
import { SITE_CONTACT } from '../core/site/site-contact';
import { LanguageSwitchComponent } from './language-switch.component';

/** Header (site and council name, language switch, main navigation), main, footer; skip link first. */
@Component({
  selector: 'tsu-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly contact = inject(SITE_CONTACT);

  constructor() {
    // After each in-app navigation (not the first page load), take keyboard and screen-reader
    // users to the new page's heading, as a full page load would put them at the top.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender({ write: () => this.focusPageHeading() }, { injector: this.injector }));
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
