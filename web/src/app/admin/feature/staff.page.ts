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
import { form, FormField, required, schema, validate } from '@angular/forms/signals';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Role, type StaffGrant, VOLUNTEER_ENQUIRY_LIMITS } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatDay } from '../../shared/util/calendar-date';
import { StaffGrantsStore } from '../data-access/staff-grants.store';
import { centerChoices } from '../util/center-tree';
import {
  centerNeeded,
  emptyStaffGrantDraft,
  STAFF_GRANT_FIELDS,
  STAFF_ROLES,
  type StaffGrantDraft,
  type StaffGrantField,
  staffGrantFieldOfApiField,
  staffGrantProblem,
  toRoleGrantRequest,
} from '../util/staff-grant-draft';

const CONTROL_IDS: Record<StaffGrantField, string> = {
  email: 'staff-email',
  role: `staff-role-${STAFF_ROLES[0]}`,
  centerId: 'staff-center',
};

type ServerErrors = Partial<Record<StaffGrantField, { text: string; value: string }>>;

/** 「○○ さんを登録しました」 / 「取り消しました」, worded in the template (and again on a language switch). */
interface Notice {
  key: 'granted' | 'grantedAt' | 'revoked' | 'revokedOwn';
  name: string;
  role: Role;
  centerId: string | null;
}

/**
 * 職員の登録 (管理者): who is staff (コーディネーター of a center, or 管理者), a form to make an
 * account staff by its email address, and 「取り消す」 after a confirmation. The person must have
 * signed up first; the API says so plainly when no account has the address.
 */
@Component({
  selector: 'tsu-admin-staff-page',
  imports: [FormField, RouterLink, TranslocoPipe, ErrorSummaryComponent, TextFieldComponent],
  templateUrl: './staff.page.html',
  styleUrls: ['./admin.page.css', './staff.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminStaffPage {
  private readonly store = inject(StaffGrantsStore);
  private readonly language = inject(LanguageService);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly status = this.store.status;
  protected readonly loadProblem = this.store.problem;
  protected readonly roles = STAFF_ROLES;
  protected readonly ids = CONTROL_IDS;
  protected readonly centerOptions = computed(() => centerChoices(this.store.centers(), this.language.current()));
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    const centerName = new Map(this.store.centers().map((center) => [center.id, center]));
    return this.store.grants().map((grant) => {
      const center = grant.centerId ? centerName.get(grant.centerId) : undefined;
      return {
        ...grant,
        center: center ? (lang === 'en' ? center.nameEn || center.nameJa : center.nameJa) : grant.centerNameJa,
        grantedOn: formatDay(grant.createdAt, lang),
      };
    });
  });

  // 職員を登録する
  private readonly model = signal<StaffGrantDraft>(emptyStaffGrantDraft());
  protected readonly grantForm = form(
    this.model,
    schema<StaffGrantDraft>((path) => {
      required(path.email);
      required(path.role);
      required(path.centerId, { when: ({ valueOf }) => centerNeeded(valueOf(path.role)) });
      validate(path.email, ({ value }) => {
        const kind = value() === '' ? null : staffGrantProblem({ ...emptyStaffGrantDraft(), email: value() }, 'email');
        return kind ? { kind } : undefined;
      });
    }),
    { name: 'staff' },
  );
  protected readonly needsCenter = computed(() => centerNeeded(this.grantForm.role().value()));
  protected readonly granting = signal(false);
  private readonly serverErrors = signal<ServerErrors>({});
  private readonly problems = new FormProblems<StaffGrantField>({
    fields: STAFF_GRANT_FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  protected readonly grantFailure = signal<ApiProblem | null>(null);

  // 取り消す
  protected readonly confirming = signal<StaffGrant | null>(null);
  protected readonly revoking = signal(false);
  protected readonly revokeFailure = signal<ApiProblem | null>(null);
  protected readonly isOwnGrant = computed(() => this.confirming()?.accountId === this.session.viewer()?.accountId);
  /** False once the admin took back their own admin role: the page then offers only a way on. */
  protected readonly isAdmin = this.session.isAdmin;

  protected readonly notice = signal<Notice | null>(null);

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');
  private readonly grantFailureBox = viewChild<ElementRef<HTMLElement>>('grantFailureBox');
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly revokeFailureBox = viewChild<ElementRef<HTMLElement>>('revokeFailureBox');

  constructor() {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }

  protected roleKey(role: Role): string {
    return `accounts.roles.${role}`;
  }

  /** A center's name in the reader's language ('' when unknown). */
  protected centerLabel(centerId: string | null): string {
    if (!centerId) return '';
    return this.centerOptions().find((option) => option.id === centerId)?.label ?? '';
  }

  /** 「登録する」: POST /api/staff-grants; the list shown is the one the API answers with. */
  protected async grant(event: Event): Promise<void> {
    event.preventDefault();
    if (this.granting()) return;
    this.grantFailure.set(null);
    for (const field of STAFF_GRANT_FIELDS) this.grantForm[field]().markAsTouched();
    if (this.problems.show() > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    const draft = this.model();
    const request = toRoleGrantRequest(draft);
    this.granting.set(true);
    const outcome = await this.store.grant(request);
    this.granting.set(false);
    if (outcome.kind === 'granted') {
      this.notice.set({
        key: request.centerId ? 'grantedAt' : 'granted',
        name: outcome.grant?.name || request.email,
        role: request.role,
        centerId: request.centerId ?? null,
      });
      this.model.set(emptyStaffGrantDraft());
      this.grantForm().reset();
      this.serverErrors.set({});
      this.problems.clear();
      this.afterRender(() => this.noticeBox()?.nativeElement.focus());
      return;
    }
    if (outcome.kind === 'refused' && outcome.status === 400) {
      const errors: ServerErrors = {};
      const general: UiMessage[] = [];
      for (const [apiField, text] of Object.entries(outcome.fields)) {
        const field = staffGrantFieldOfApiField(apiField);
        if (field) errors[field] ??= { text, value: draft[field] };
        else general.push({ text });
      }
      if (Object.keys(errors).length === 0 && general.length === 0 && outcome.message) general.push({ text: outcome.message });
      this.serverErrors.set(errors);
      this.problems.show(general);
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.problems.clear();
    this.grantFailure.set(outcome);
    this.afterRender(() => this.grantFailureBox()?.nativeElement.focus());
  }

  /** 「取り消す」 in the table: first what it means, then a second button. */
  protected askRevoke(grant: StaffGrant): void {
    this.notice.set(null);
    this.revokeFailure.set(null);
    this.confirming.set(grant);
    this.afterRender(() => this.confirmHeading()?.nativeElement.focus());
  }

  protected cancelRevoke(): void {
    const grant = this.confirming();
    this.confirming.set(null);
    this.revokeFailure.set(null);
    if (grant) this.afterRender(() => this.document.getElementById(`revoke-${grant.id}`)?.focus());
  }

  protected async revoke(): Promise<void> {
    const grant = this.confirming();
    if (!grant || this.revoking()) return;
    this.revoking.set(true);
    this.revokeFailure.set(null);
    const own = grant.accountId === this.session.viewer()?.accountId;
    const outcome = await this.store.revoke(grant.id);
    // One's own role taken back: ask the API who we are now, so the header's staff menu follows at once.
    if (outcome.kind === 'revoked' && own) await this.session.refresh();
    this.revoking.set(false);
    if (outcome.kind === 'revoked') {
      this.confirming.set(null);
      this.notice.set({
        key: own ? 'revokedOwn' : 'revoked',
        name: grant.name || grant.email,
        role: grant.role,
        centerId: grant.centerId,
      });
      this.afterRender(() => this.noticeBox()?.nativeElement.focus());
      return;
    }
    this.revokeFailure.set(outcome);
    this.afterRender(() => this.revokeFailureBox()?.nativeElement.focus());
  }

  private messageFor(field: StaffGrantField): UiMessage | null {
    const draft = this.model();
    const kind = staffGrantProblem(draft, field);
    if (kind) {
      return {
        key: `admin.staff.errors.${field}.${kind}`,
        params: { max: VOLUNTEER_ENQUIRY_LIMITS.emailMaxLength },
      };
    }
    const server = this.serverErrors()[field];
    return server && server.value === draft[field] ? { text: server.text } : null;
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
