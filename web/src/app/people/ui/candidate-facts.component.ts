import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DuplicateCandidate, Locale } from '@tsunagu/contracts';
import { formatCalendarDate } from '../../shared/util/calendar-date';
import { candidateCenterName } from '../util/people-query';

/**
 * 「同じ方かもしれません」: what the coordinator needs to tell a registered person from the one being
 * registered (name, ふりがな, birth date, center) and, where asked, what matched. The page gives
 * the list its id, which the candidate's checkbox refers to.
 */
@Component({
  selector: 'dl[tsu-candidate-facts]',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div>
      <dt>{{ 'people.fields.name.label' | transloco }}</dt>
      <dd>{{ candidate().name }}</dd>
    </div>
    <div>
      <dt>{{ 'people.fields.nameKana.label' | transloco }}</dt>
      <dd>{{ candidate().nameKana ?? ('people.proxy.confirm.none' | transloco) }}</dd>
    </div>
    <div>
      <dt>{{ 'people.fields.birthDate.label' | transloco }}</dt>
      <dd>{{ birthDate() ?? ('people.proxy.confirm.none' | transloco) }}</dd>
    </div>
    <div>
      <dt>{{ 'people.list.columns.center' | transloco }}</dt>
      <dd>{{ center() }}</dd>
    </div>
    @if (showMatchedOn()) {
      <div>
        <dt>{{ 'people.proxy.duplicates.matchedOn' | transloco }}</dt>
        <dd>
          @for (fact of candidate().matchedOn; track fact; let last = $last) {
            {{ 'people.matchedOn.' + fact | transloco }}{{ last ? '' : ('people.proxy.duplicates.separator' | transloco) }}
          }
        </dd>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 0.5rem;
    }
    div {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      padding: 0.25rem 0;
    }
    @media (min-width: 40em) {
      div {
        grid-template-columns: 10rem minmax(0, 1fr);
        gap: 1rem;
      }
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `,
})
export class CandidateFactsComponent {
  readonly candidate = input.required<DuplicateCandidate>();
  readonly lang = input.required<Locale>();
  /** Also list what matched (名前・生年月日…). */
  readonly showMatchedOn = input(false);

  protected readonly birthDate = computed(() => {
    const { birthDate } = this.candidate();
    return birthDate ? formatCalendarDate(birthDate, this.lang()) : null;
  });
  protected readonly center = computed(() => candidateCenterName(this.candidate(), this.lang()));
}
