import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FieldTree } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ContactMethod, Locale } from '@tsunagu/contracts';
import { nameNeedsReading } from '@tsunagu/matching';
import { FieldsetComponent } from '../../shared/ui/fieldset.component';
import { RadioChoicesComponent, type RadioOption } from '../../shared/ui/radio-choices.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatCalendarDate, parseDateInput } from '../../shared/util/calendar-date';
import { CONTACT_METHODS, detailRequired } from '../util/proxy-draft';

/** 連絡の方法, as the radio buttons offer them. */
const CONTACT_METHOD_OPTIONS: readonly RadioOption[] = CONTACT_METHODS.map((method) => ({
  value: method,
  labelKey: `people.contactMethods.${method}`,
}));

/**
 * Who the person is, as a coordinator registers them (代理登録, or a new requester taken on the
 * phone): 氏名, ふりがな (※必須 once the name has kanji) and the birth date (和暦 understood), read
 * back as it will be registered so a slip shows at once.
 */
@Component({
  selector: 'tsu-person-identity-fields',
  imports: [TranslocoPipe, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: block' },
  template: `
    <tsu-text-field
      [field]="name()"
      [controlId]="ids().name"
      [label]="'people.fields.name.label' | transloco"
      [hint]="'people.fields.name.hint' | transloco"
      [required]="true"
      [error]="errors().name"
      autocomplete="off"
    />
    <tsu-text-field
      [field]="nameKana()"
      [controlId]="ids().nameKana"
      [label]="'people.fields.nameKana.label' | transloco"
      [hint]="'people.fields.nameKana.hint' | transloco"
      [required]="readingRequired()"
      [error]="errors().nameKana"
      autocomplete="off"
    />
    <tsu-text-field
      [field]="birthDate()"
      [controlId]="ids().birthDate"
      [label]="'people.fields.birthDate.label' | transloco"
      [hint]="'people.fields.birthDate.hint' | transloco"
      [required]="true"
      [error]="errors().birthDate"
      autocomplete="off"
    />
    <p class="reading" aria-live="polite">
      @if (birthDateReading(); as reading) {
        {{ 'people.fields.birthDate.reading' | transloco: { date: reading } }}
      }
    </p>
  `,
  styles: `
    /* 「1944年4月1日（昭和19年）として登録します」, right under the birth date. */
    .reading {
      margin: -1.25rem 0 2rem;
      font-weight: 700;
    }
    .reading:empty {
      display: none;
    }
  `,
})
export class PersonIdentityFieldsComponent {
  readonly name = input.required<FieldTree<string>>();
  readonly nameKana = input.required<FieldTree<string>>();
  readonly birthDate = input.required<FieldTree<string>>();
  readonly ids = input.required<{ name: string; nameKana: string; birthDate: string }>();
  readonly errors = input.required<{ name: UiMessage | null; nameKana: UiMessage | null; birthDate: UiMessage | null }>();
  readonly lang = input.required<Locale>();

  protected readonly readingRequired = computed(() => nameNeedsReading(this.name()().value()));
  protected readonly birthDateReading = computed(() => {
    const iso = parseDateInput(this.birthDate()().value());
    return iso ? formatCalendarDate(iso, this.lang()) : null;
  });
}

/**
 * How to reach the person: 連絡の方法 (radio buttons `<idBase>-<method>`), then 電話番号, 住所 and
 * メールアドレス, the one the chosen method needs marked ※必須.
 */
@Component({
  selector: 'tsu-person-contact-fields',
  imports: [TranslocoPipe, FieldsetComponent, RadioChoicesComponent, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: block' },
  template: `
    <fieldset
      tsu-fieldset
      [idBase]="idBase()"
      [legend]="'people.fields.contactMethod.label' | transloco"
      [hint]="'people.fields.contactMethod.hint' | transloco"
      [required]="true"
      [error]="errors().contactMethod"
    >
      <tsu-radio-choices [field]="contactMethod()" [options]="contactOptions" [stacked]="true" />
    </fieldset>
    <tsu-text-field
      [field]="phone()"
      [controlId]="ids().phone"
      kind="tel"
      [label]="'people.fields.phone.label' | transloco"
      [hint]="'people.fields.phone.hint' | transloco"
      [required]="needs('phone')"
      [error]="errors().phone"
      autocomplete="off"
    />
    <tsu-text-field
      [field]="postalAddress()"
      [controlId]="ids().postalAddress"
      [label]="'people.fields.postalAddress.label' | transloco"
      [hint]="'people.fields.postalAddress.hint' | transloco"
      [required]="needs('postalAddress')"
      [error]="errors().postalAddress"
      autocomplete="off"
    />
    <tsu-text-field
      [field]="email()"
      [controlId]="ids().email"
      kind="email"
      [label]="'people.fields.email.label' | transloco"
      [hint]="'people.fields.email.hint' | transloco"
      [required]="needs('email')"
      [error]="errors().email"
      autocomplete="off"
    />
  `,
})
export class PersonContactFieldsComponent {
  readonly contactMethod = input.required<FieldTree<ContactMethod | ''>>();
  readonly phone = input.required<FieldTree<string>>();
  readonly postalAddress = input.required<FieldTree<string>>();
  readonly email = input.required<FieldTree<string>>();
  /** Start of the radio buttons' ids (proxy-contact → proxy-contact-phone, …). */
  readonly idBase = input.required<string>();
  readonly ids = input.required<{ phone: string; postalAddress: string; email: string }>();
  readonly errors = input.required<{
    contactMethod: UiMessage | null;
    phone: UiMessage | null;
    postalAddress: UiMessage | null;
    email: UiMessage | null;
  }>();

  protected readonly contactOptions = CONTACT_METHOD_OPTIONS;

  protected needs(field: 'phone' | 'postalAddress' | 'email'): boolean {
    return detailRequired(this.contactMethod()().value(), field);
  }
}
