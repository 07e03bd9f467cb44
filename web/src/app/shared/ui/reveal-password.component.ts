import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * 「パスワードを表示する」: a checkbox that shows the password fields' characters, so a person can
 * check what they typed instead of typing blind. Place it right after the field(s) it controls.
 */
@Component({
  selector: 'tsu-reveal-password',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="choice">
      <input
        #box
        class="choice__input"
        type="checkbox"
        [id]="controlId()"
        [checked]="revealed()"
        [attr.aria-controls]="controls()"
        (change)="revealed.set(box.checked)"
      />
      <label class="choice__label" [for]="controlId()">{{ 'form.showPassword' | transloco }}</label>
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin: -1.25rem 0 2rem;
    }
  `,
})
export class RevealPasswordComponent {
  readonly controlId = input.required<string>();
  /** ids of the password inputs it shows, space-separated. */
  readonly controls = input.required<string>();
  readonly revealed = model(false);
}
