import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FieldTree } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { ConsentPurpose, CURRENT_CONSENT_VERSION } from '@tsunagu/contracts';
import { ConsentFieldComponent } from '../../shared/ui/consent-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { consentTextKey } from '../util/signup-draft';

/**
 * The three consents of a registration, worded by purpose and version: 利用目的 (required), then
 * 要配慮個人情報 and sharing contact details on a match (optional). What the page says between the
 * required one and the optional ones is projected. `onBehalf`: a coordinator records that the
 * person agreed (代理登録), so each checkbox says 「本人が同意した」.
 */
@Component({
  selector: 'tsu-account-consents',
  imports: [TranslocoPipe, ConsentFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: block' },
  template: `
    <fieldset
      tsu-consent-field
      [field]="registration()"
      [controlId]="idBase() + '-consent-registration'"
      [title]="keys.registration + '.title' | transloco"
      [agree]="
        onBehalf()
          ? ('people.proxy.consentGiven' | transloco: { agree: (keys.registration + '.agree' | transloco) })
          : (keys.registration + '.agree' | transloco)
      "
      [required]="true"
      [error]="error()"
    >
      <p>{{ keys.registration + '.intro' | transloco }}</p>
      <ul>
        <li>{{ keys.registration + '.useLogin' | transloco }}</li>
        <li>{{ keys.registration + '.useActivities' | transloco }}</li>
        <li>{{ keys.registration + '.useContact' | transloco }}</li>
        <li>{{ keys.registration + '.useStatistics' | transloco }}</li>
      </ul>
      <p>{{ keys.registration + '.keep' | transloco }}</p>
      <p class="purpose__version">{{ 'accounts.signup.consentVersion' | transloco: { version: registrationVersion } }}</p>
    </fieldset>

    <ng-content />

    <fieldset
      tsu-consent-field
      [field]="sensitive()"
      [controlId]="idBase() + '-consent-sensitive'"
      [title]="keys.sensitive + '.title' | transloco"
      [agree]="
        onBehalf()
          ? ('people.proxy.consentGiven' | transloco: { agree: (keys.sensitive + '.agree' | transloco) })
          : (keys.sensitive + '.agree' | transloco)
      "
    >
      <p>{{ keys.sensitive + '.text' | transloco }}</p>
      <ul>
        <li>{{ keys.sensitive + '.who' | transloco }}</li>
        <li>{{ keys.sensitive + '.why' | transloco }}</li>
      </ul>
    </fieldset>

    <fieldset
      tsu-consent-field
      [field]="shareContact()"
      [controlId]="idBase() + '-consent-share-contact'"
      [title]="keys.shareContact + '.title' | transloco"
      [agree]="
        onBehalf()
          ? ('people.proxy.consentGiven' | transloco: { agree: (keys.shareContact + '.agree' | transloco) })
          : (keys.shareContact + '.agree' | transloco)
      "
    >
      <p>{{ keys.shareContact + '.text' | transloco }}</p>
      <p>{{ keys.shareContact + '.why' | transloco }}</p>
    </fieldset>
  `,
})
export class AccountConsentsComponent {
  readonly registration = input.required<FieldTree<boolean>>();
  readonly sensitive = input.required<FieldTree<boolean>>();
  readonly shareContact = input.required<FieldTree<boolean>>();
  /** The checkboxes are `<idBase>-consent-registration`, `-consent-sensitive`, `-consent-share-contact`. */
  readonly idBase = input.required<string>();
  /** The error of the required consent (the optional ones have none). */
  readonly error = input<UiMessage | null>(null);
  readonly onBehalf = input(false);

  protected readonly keys = {
    registration: consentTextKey(ConsentPurpose.AccountRegistration),
    sensitive: consentTextKey(ConsentPurpose.SensitiveData),
    shareContact: consentTextKey(ConsentPurpose.ShareContactOnMatch),
  };
  protected readonly registrationVersion = CURRENT_CONSENT_VERSION[ConsentPurpose.AccountRegistration];
}
