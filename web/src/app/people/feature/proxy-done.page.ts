import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProxyRegistrationStore } from '../data-access/proxy-registration.store';
import { PROXY_BASE_PATH } from '../util/proxy-draft';

/** 「登録しました」 after a 代理登録: who was registered, and where to go next. */
@Component({
  selector: 'tsu-proxy-done-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './proxy-done.page.html',
  styleUrl: './people.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProxyDonePage {
  protected readonly person = inject(ProxyRegistrationStore).registered;
  protected readonly newPath = PROXY_BASE_PATH;
}
