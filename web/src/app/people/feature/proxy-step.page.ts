import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, viewChild } from '@angular/core';
import { form } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccountConsentsComponent } from '../../accounts/ui/account-consents.component';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { SelectFieldComponent } from '../../shared/ui/select-field.component';
import { StepProgressComponent } from '../../shared/ui/step-progress.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { parseDateInput } from '../../shared/util/calendar-date';
import { cleanEmail } from '../../shared/util/text-input';
import { ProxyRegistrationStore } from '../data-access/proxy-registration.store';
import { PersonContactFieldsComponent, PersonIdentityFieldsComponent } from '../ui/person-fields.component';
import { centerName } from '../util/people-query';
import {
  liveProxyServerError,
  PROXY_CONFIRM_PATH,
  PROXY_FIELDS,
  PROXY_STEP_FIELDS,
  PROXY_STEP_PATHS,
  PROXY_STEPS,
  type ProxyField,
  type ProxyStep,
} from '../util/proxy-draft';
import { PROXY_CONTROL_IDS, PROXY_PROGRESS_KEYS, proxyErrorParams } from './proxy-fields';
import { proxySchema } from './proxy-form.schema';

/**
 * 代理登録, one input step per page (/staff/people/new, …/contact, …/consent): a few fields at a
 * time, for a coordinator filling in a paper form or talking on the phone. The form is bound to the
 * store's in-memory draft, so going back and forth keeps what was typed.
 */
@Component({
  selector: 'tsu-proxy-step-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    AccountConsentsComponent,
    ErrorSummaryComponent,
    PersonContactFieldsComponent,
    PersonIdentityFieldsComponent,
    SelectFieldComponent,
    StepProgressComponent,
  ],
  templateUrl: './proxy-step.page.html',
  styleUrl: './people.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProxyStepPage {
  private readonly store = inject(ProxyRegistrationStore);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);

  protected readonly step = this.route.snapshot.data['step'] as ProxyStep;
  protected readonly stepIndex = PROXY_STEPS.indexOf(this.step);
  protected readonly progressKeys = PROXY_PROGRESS_KEYS;
  /** Came here with 「変更する」 from the confirmation page: Next goes straight back there. */
  protected readonly fromConfirm = this.route.snapshot.queryParamMap.get('from') === 'confirm';
  protected readonly previousPath = this.stepIndex > 0 ? PROXY_STEP_PATHS[PROXY_STEPS[this.stepIndex - 1]] : null;

  protected readonly proxyForm = form(this.store.draft, proxySchema, { name: 'proxy' });
  protected readonly ids = PROXY_CONTROL_IDS;
  protected readonly lang = this.language.current;

  protected readonly centersStatus = this.store.centersStatus;
  protected readonly centerOptions = computed(() =>
    this.store.centers().map((center) => ({ code: center.id, label: centerName(center, this.language.current()) })),
  );

  private readonly problems = new FormProblems<ProxyField>({
    fields: PROXY_FIELDS,
    controlIds: PROXY_CONTROL_IDS,
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  constructor() {
    this.store.prepareFor(this.session.viewer());
    if (this.step === 'contact') this.store.loadCenters();
    // Back from the confirmation page after the API refused something here: show it at once.
    if (PROXY_STEP_FIELDS[this.step].some((field) => this.serverMessage(field))) {
      this.problems.show([], PROXY_STEP_FIELDS[this.step]);
    }
  }

  protected retryCenters(): void {
    this.store.loadCenters();
  }

  /** 「次へ進む」: this step's fields must be right; the draft is already in the store. */
  protected async next(event: Event): Promise<void> {
    event.preventDefault();
    const fields = PROXY_STEP_FIELDS[this.step];
    for (const field of fields) this.proxyForm[field]().markAsTouched();
    if (this.problems.show([], fields) > 0) {
      afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
      return;
    }
    this.problems.clear();
    if (this.step === 'person') {
      // Show the birth date as it will be sent (昭和19年4月1日 → 1944-04-01).
      const iso = parseDateInput(this.proxyForm.birthDate().value());
      if (iso) this.proxyForm.birthDate().value.set(iso);
    }
    if (this.step === 'contact' && this.proxyForm.email().value()) this.proxyForm.email().value.update(cleanEmail);
    const last = this.stepIndex === PROXY_STEPS.length - 1;
    await this.router.navigateByUrl(this.fromConfirm || last ? PROXY_CONFIRM_PATH : PROXY_STEP_PATHS[PROXY_STEPS[this.stepIndex + 1]]);
  }

  private serverMessage(field: ProxyField): string | null {
    return liveProxyServerError(this.store.draft(), this.store.serverErrors(), field);
  }

  private messageFor(field: ProxyField): UiMessage | null {
    const error = this.proxyForm[field]().errors()[0];
    if (error) return { key: `people.errors.${field}.${error.kind}`, params: proxyErrorParams(field) };
    const server = this.serverMessage(field);
    return server ? { text: server } : null;
  }
}
