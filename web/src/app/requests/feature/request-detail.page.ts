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
import { form } from '@angular/forms/signals';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { REQUEST_LIMITS, RequestStatus } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatDay } from '../../shared/util/calendar-date';
import { cleanText } from '../../shared/util/text-input';
import { RequestDetailStore } from '../data-access/request-detail.store';
import { RequestHistoryComponent } from '../ui/request-history.component';
import { RequestStatusBadgeComponent } from '../ui/request-status-badge.component';
import { RequestSummaryComponent } from '../ui/request-summary.component';
import type { RequestAudience } from '../util/request-draft';
import { localName } from '../util/request-query';
import { canEditFields, moveKey, reasonProblem, reasonRequired, requesterMoves, staffMoves } from '../util/request-status';
import { summarySections } from '../util/request-summary';

/** Statuses whose request the match console works on (candidates, offers, approvals). */
const MATCHING_STATUSES: readonly RequestStatus[] = [RequestStatus.Open, RequestStatus.Matching, RequestStatus.Matched];

/**
 * 依頼の詳細, for the requester (/requests/:id) and for coordinators (/staff/requests/:id): where
 * it stands, everything asked (coordinators also see the 要配慮個人情報 notes and who asked), the
 * history of its moves with reasons, and the moves this person may make — a requester sends a
 * draft or cancels; a coordinator takes it (受け付ける), completes it, or closes it as
 * 取り消し / 見つからず, each of the last two with the reason in words.
 */
@Component({
  selector: 'tsu-request-detail-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ErrorSummaryComponent,
    TextFieldComponent,
    RequestHistoryComponent,
    RequestStatusBadgeComponent,
    RequestSummaryComponent,
  ],
  templateUrl: './request-detail.page.html',
  styleUrls: ['./requests.page.css', './request-detail.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestDetailPage {
  private readonly store = inject(RequestDetailStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);

  protected readonly audience = (this.route.snapshot.data['audience'] as RequestAudience | undefined) ?? 'member';
  protected readonly staff = this.audience === 'staff';
  protected readonly listPath = this.staff ? '/staff/requests' : '/requests';
  protected readonly status = this.store.status;
  protected readonly request = this.store.request;
  protected readonly loadProblem = this.store.problem;
  /** 「依頼を受け付けました」 and the like, after a flow that ends here. */
  protected readonly notice = signal(this.store.takeNotice());

  protected readonly facts = computed(() => {
    const request = this.request();
    if (!request) return null;
    const lang = this.language.current();
    return {
      center: localName(request.centerNameJa, request.centerNameEn, lang),
      received: formatDay(request.createdAt, lang),
      editPath: canEditFields(request.status, this.audience) ? `${this.listPath}/${encodeURIComponent(request.id)}/edit` : null,
      matchingPath:
        this.staff && MATCHING_STATUSES.includes(request.status) ? `/staff/requests/${encodeURIComponent(request.id)}/matching` : null,
      sections: summarySections(request, {
        lang,
        areaName: localName(request.areaNameJa, request.areaNameEn, lang),
        organisationName: null,
        showSensitive: this.staff,
      }),
    };
  });
  protected readonly moves = computed(() => {
    const request = this.request();
    if (!request) return [];
    return (this.staff ? staffMoves(request.status) : requesterMoves(request.status)).map((to) => ({
      to,
      key: moveKey(to),
      needsReason: reasonRequired(to),
    }));
  });

  // The move being confirmed (取り消す / 見つからなかった need the reason in words).
  protected readonly moving = signal<RequestStatus | null>(null);
  protected readonly sending = signal(false);
  protected readonly moveProblem = signal<ApiProblem | null>(null);
  protected readonly moved = signal<RequestStatus | null>(null);
  protected readonly reasonForm = form(signal({ reason: '' }), { name: 'move' });
  protected readonly reasonMax = REQUEST_LIMITS.reasonMaxLength;
  private readonly reasonServerError = signal<{ text: string; value: string } | null>(null);
  private readonly problems = new FormProblems<'reason'>({
    fields: ['reason'],
    controlIds: { reason: 'request-move-reason' },
    problem: () => this.reasonMessage(),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly movePanel = viewChild<ElementRef<HTMLElement>>('movePanel');
  private readonly movedBox = viewChild<ElementRef<HTMLElement>>('movedBox');
  private readonly moveProblemBox = viewChild<ElementRef<HTMLElement>>('moveProblemBox');

  /** A move with a reason opens its panel; the others are made at once. */
  protected async start(to: RequestStatus): Promise<void> {
    this.moveProblem.set(null);
    this.moved.set(null);
    if (!reasonRequired(to)) return this.move(to, '');
    this.moving.set(to);
    this.reasonForm.reason().value.set('');
    this.problems.clear();
    this.afterRender(() => this.movePanel()?.nativeElement.focus());
  }

  protected cancelMove(): void {
    this.moving.set(null);
    this.problems.clear();
  }

  protected async confirmMove(event: Event): Promise<void> {
    event.preventDefault();
    const to = this.moving();
    if (!to) return;
    if (this.problems.show() > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    await this.move(to, this.reasonForm.reason().value());
  }

  private async move(to: RequestStatus, reason: string): Promise<void> {
    if (this.sending()) return;
    this.sending.set(true);
    const words = cleanText(reason);
    const outcome = await this.store.move(words ? { to, reason: words } : { to });
    this.sending.set(false);
    if (outcome.kind === 'moved') {
      this.moving.set(null);
      this.problems.clear();
      this.notice.set(null);
      this.moved.set(to);
      this.afterRender(() => this.movedBox()?.nativeElement.focus());
    } else if (outcome.kind === 'refused' && outcome.status === 400 && outcome.fields['reason']) {
      this.reasonServerError.set({ text: outcome.fields['reason'], value: reason });
      this.problems.show();
      this.afterRender(() => this.summaryBox()?.focus());
    } else {
      this.moveProblem.set(outcome);
      this.afterRender(() => this.moveProblemBox()?.nativeElement.focus());
    }
  }

  /** The API's reasons a move was refused (「日時を入力してください」 when a draft has no schedule yet). */
  protected fieldMessages(problem: ApiProblem): string[] {
    return problem.kind === 'refused' ? [...new Set(Object.values(problem.fields))] : [];
  }

  protected notFound(problem: ApiProblem): boolean {
    return problem.kind === 'refused' && (problem.status === 404 || problem.status === 400);
  }

  protected retry(): void {
    const id = this.route.snapshot.paramMap.get('id');
    if (id) void this.store.load(id);
  }

  private reasonMessage(): UiMessage | null {
    const to = this.moving();
    const reason = this.reasonForm.reason().value();
    const kind = to ? reasonProblem(to, reason) : null;
    if (kind) return { key: `requests.detail.reason.errors.${kind}`, params: { max: this.reasonMax } };
    const server = this.reasonServerError();
    return server && server.value === reason ? { text: server.text } : null;
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
