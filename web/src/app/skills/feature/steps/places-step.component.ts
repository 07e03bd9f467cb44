import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, Transport } from '@tsunagu/contracts';
import { FieldErrorComponent, FieldMarkComponent } from '../../../shared/ui/field-parts.component';
import { FieldsetComponent } from '../../../shared/ui/fieldset.component';
import { SelectFieldComponent } from '../../../shared/ui/select-field.component';
import type { UiMessage } from '../../../shared/ui/ui-message';
import { idList } from '../../../shared/util/id-list';
import { SkillProfileStore } from '../../data-access/skill-profile.store';
import { type SkillDraft, toggleIn, TRANSPORTS } from '../../util/skill-draft';
import { areasByCenter } from '../../../shared/util/area-groups';
import { areaId } from '../skill-flow';

/**
 * Step 4 「地域と移動」: the area the person lives in, the areas they can go to (GET /api/areas,
 * under each district center), whether they help in person and/or online, and how they get about.
 */
@Component({
  selector: 'tsu-places-step',
  imports: [FormField, TranslocoPipe, FieldErrorComponent, FieldMarkComponent, FieldsetComponent, SelectFieldComponent],
  templateUrl: './places-step.component.html',
  styleUrl: './steps.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacesStepComponent {
  private readonly store = inject(SkillProfileStore);

  readonly form = input.required<FieldTree<SkillDraft>>();
  readonly errors = input.required<Readonly<Record<string, UiMessage | null>>>();
  readonly lang = input.required<Locale>();

  protected readonly draft = this.store.draft;
  protected readonly areasStatus = this.store.areasStatus;
  protected readonly groups = computed(() => areasByCenter(this.store.areas(), this.lang()));
  protected readonly transports = TRANSPORTS;
  protected readonly areaId = areaId;
  protected readonly idList = idList;

  constructor() {
    this.store.loadAreas();
  }

  protected retryAreas(): void {
    this.store.loadAreas();
  }

  protected toggleArea(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.store.draft.update((draft) => ({ ...draft, areaIds: toggleIn(draft.areaIds, id, on) }));
  }

  protected toggleTransport(transport: Transport, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.store.draft.update((draft) => ({ ...draft, transport: toggleIn(draft.transport, transport, on) }));
  }
}
