import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ShellComponent } from './shell/shell.component';

@Component({
  selector: 'tsu-root',
  imports: [ShellComponent],
  template: '<tsu-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
