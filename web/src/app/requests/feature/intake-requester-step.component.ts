import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { form } from '@angular/forms/signals';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, PersonSummary } from '@tsunagu/contracts';
import { AccountConsentsComponent } from '../../accounts/ui/account-consents.component';
import { FieldComponent, FieldControlDirective } from '../../shared/ui/field.component';
import { FieldsetComponent } from '../../shared/ui/fieldset.component';
import { type RadioOption, RadioChoicesComponent } from '../../shared/ui/radio-choices.component';
import { SelectFieldComponent } from '../../shared/ui/select-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { cleanText } from '../../shared/util/text-input';
import { PersonContactFieldsComponent, PersonIdentityFieldsComponent } from '../../people/ui/person-fields.component';
import { centerName } from '../../people/util/people-query';
import { IntakeStore } from '../data-access/intake.store';
import { RequestFormStore } from '../data-access/request-form.store';
import type { IntakeProblemKey } from '../util/intake-draft';
import { INTAKE_CONTROL_IDS } from './intake-fields';

/**
 * 電話・窓口で受けた依頼, step 1 「依頼する方」: a person already registered, found by name or
 * ふりがな among the coordinator's centers, or a new person without an account, registered by
 * proxy in the same step (the 代理登録 fields, rules and consent wording), and the center that
 * takes the request.
 */
@Component({
  selector: 'tsu-intake-requester-step',
  imports: [
    RouterLink,
    TranslocoPipe,
    AccountConsentsComponent,
    FieldComponent,
    FieldControlDirective,
    FieldsetComponent,
    PersonContactFieldsComponent,
    PersonIdentityFieldsComponent,
    RadioChoicesComponent,
    SelectFieldComponent,
  ],
  templateUrl: './intake-requester-step.component.html',
  styleUrls: ['../ui/request-form.css', './intake-requester-step.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntakeRequesterStepComponent {
  private readonly intake = inject(IntakeStore);
  private readonly requestForm = inject(RequestFormStore);

  readonly errors = input.required<Readonly<Record<IntakeProblemKey, UiMessage | null>>>();
  readonly lang = input.required<Locale>();

  protected readonly ids = INTAKE_CONTROL_IDS;
  protected readonly intakeForm = form(this.intake.draft, { name: 'intake' });
  protected readonly mode = computed(() => this.intake.draft().mode);
  protected readonly modeOptions: readonly RadioOption[] = [
    { value: 'existing', labelKey: 'requests.intake.mode.existing' },
    { value: 'new', labelKey: 'requests.intake.mode.new' },
  ];

  protected readonly centersStatus = this.requestForm.centersStatus;
  protected readonly centerOptions = computed(() =>
    this.requestForm.centers().map((center) => ({ code: center.id, label: centerName(center, this.lang()) })),
  );

  /** The words typed to find a registered person. */
  protected readonly words = signal(this.intake.search().q);
  protected readonly search = this.intake.search;
  protected readonly chosenId = computed(() => this.intake.draft().personId);
  protected readonly chosenName = computed(() => this.intake.draft().personName);
  protected readonly people = computed(() =>
    this.search().people.map((person) => ({
      ...person,
      center: centerName({ nameJa: person.centerNameJa, nameEn: person.centerNameEn }, this.lang()),
    })),
  );

  constructor() {
    this.requestForm.loadCenters();
  }

  protected typed(event: Event): void {
    this.words.set((event.target as HTMLInputElement).value);
  }

  /** 「探す」 (or Enter in the search field, which must not send the whole step). */
  protected find(event?: Event): void {
    event?.preventDefault();
    const q = cleanText(this.words());
    if (q === '') return;
    void this.intake.findPeople(q);
  }

  protected choose(person: PersonSummary): void {
    this.intake.choose(person);
  }

  protected retryCenters(): void {
    this.requestForm.loadCenters();
  }
}
