import { computed, type Signal, signal } from '@angular/core';
import type { ErrorSummaryItem } from './error-summary.component';
import type { UiMessage } from './ui-message';

export interface FormProblemsOptions<F extends string> {
  /** In page order: the summary lists problems in the order the person meets the fields. */
  fields: readonly F[];
  /** id of the control the summary links to, per field. */
  controlIds: Readonly<Record<F, string>>;
  /** The first problem with a field as it is now, or null. */
  problem: (field: F) => UiMessage | null;
}

/**
 * The error-summary pattern of the enquiry form, for any form: after a failed send, the fields
 * with problems are flagged (their message shows under the label until put right) and listed,
 * with any general messages, for tsu-error-summary. The page focuses the summary.
 */
export class FormProblems<F extends string> {
  private readonly flagged = signal<ReadonlySet<F>>(new Set());
  readonly summary = signal<readonly ErrorSummaryItem[]>([]);
  /** The message under each field (null: none). */
  readonly errors: Signal<Readonly<Record<F, UiMessage | null>>>;

  constructor(private readonly options: FormProblemsOptions<F>) {
    this.errors = computed(() => {
      const flagged = this.flagged();
      const messages = {} as Record<F, UiMessage | null>;
      for (const field of options.fields) messages[field] = flagged.has(field) ? options.problem(field) : null;
      return messages;
    });
  }

  /** Flags and lists the fields (of `among`) that have problems, then `general`; returns how many. */
  show(general: readonly UiMessage[] = [], among: readonly F[] = this.options.fields): number {
    const { fields, controlIds, problem } = this.options;
    const flagged = new Set(fields.filter((field) => among.includes(field) && problem(field) !== null));
    this.flagged.set(flagged);
    const items: ErrorSummaryItem[] = [];
    for (const field of fields) {
      const message = flagged.has(field) ? problem(field) : null;
      if (message) items.push({ message, controlId: controlIds[field] });
    }
    for (const message of general) items.push({ message, controlId: null });
    this.summary.set(items);
    return items.length;
  }

  clear(): void {
    this.flagged.set(new Set());
    this.summary.set([]);
  }
}
