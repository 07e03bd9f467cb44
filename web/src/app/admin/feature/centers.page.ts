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
import { TranslocoPipe } from '@jsverse/transloco';
import type { AreaSummary, CenterSummary, CenterUpdateRequest } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { CentersAdminStore } from '../data-access/centers-admin.store';
import { centerTree } from '../util/center-tree';
import { emptyNamesDraft, type NamesDraft, renameDraftOf, toAreaRequest, toCenterRequest, toRenameRequest } from '../util/names-draft';
import { NamesFormComponent, type SaveNames } from './names-form.component';

/** The one form open in the list (rename a center, add an area to it, rename an area). */
type Editor =
  | { purpose: 'renameCenter'; center: CenterSummary }
  | { purpose: 'newArea'; center: CenterSummary }
  | { purpose: 'renameArea'; area: AreaSummary };

/** 「○○を追加しました」 and the like: a translation key and its parameters. */
interface Notice {
  key: string;
  params: Record<string, string>;
}

/**
 * センターと地区の管理 (管理者): every center with its areas (地区 / 小学校区), and forms to add a
 * center (a district, or a 災害ボランティアセンター when disaster strikes), rename one, add an area
 * to a center and rename an area. One form is open in the list at a time; each change is read back
 * from the API and confirmed in words at the top.
 */
@Component({
  selector: 'tsu-admin-centers-page',
  imports: [TranslocoPipe, NamesFormComponent],
  templateUrl: './centers.page.html',
  styleUrls: ['./admin.page.css', './centers.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCentersPage {
  private readonly store = inject(CentersAdminStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly status = this.store.status;
  protected readonly tree = computed(() => centerTree(this.store.centers(), this.store.areas(), this.language.current()));
  protected readonly lang = this.language.current;

  protected readonly editor = signal<Editor | null>(null);
  /** Japanese names a new center must not repeat, and those a renamed one must not take. */
  protected readonly centerNames = computed(() => this.store.centers().map((center) => center.nameJa));
  protected readonly otherCenterNames = computed(() => {
    const editor = this.editor();
    if (editor?.purpose !== 'renameCenter') return [];
    return this.store
      .centers()
      .filter((center) => center.id !== editor.center.id)
      .map((center) => center.nameJa);
  });
  protected readonly notice = signal<Notice | null>(null);
  protected readonly newCenterDraft = emptyNamesDraft('district');
  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');
  private readonly editorHeading = viewChild<ElementRef<HTMLElement>>('editorHeading');

  constructor() {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }

  /** The other language's name, shown beside the name in the reader's language. */
  protected otherName(item: { nameJa: string; nameEn: string }): string {
    return this.lang() === 'en' ? item.nameJa : item.nameEn;
  }

  protected isEditing(purpose: Editor['purpose'], id: string): boolean {
    const editor = this.editor();
    if (!editor || editor.purpose !== purpose) return false;
    return (editor.purpose === 'renameArea' ? editor.area.id : editor.center.id) === id;
  }

  protected renameDraft(item: CenterSummary | AreaSummary): NamesDraft {
    return renameDraftOf(item);
  }

  protected open(editor: Editor): void {
    this.notice.set(null);
    this.editor.set(editor);
    this.afterRender(() => this.editorHeading()?.nativeElement.focus());
  }

  /** 「やめる」: the form closes and focus goes back to the button that opened it. */
  protected close(): void {
    const editor = this.editor();
    this.editor.set(null);
    if (editor) this.afterRender(() => this.document.getElementById(openerId(editor))?.focus());
  }

  /** After a save: the form closes and the confirmation at the top takes focus. */
  protected savedInList(): void {
    this.editor.set(null);
    this.focusNotice();
  }

  protected focusNotice(): void {
    this.afterRender(() => this.noticeBox()?.nativeElement.focus());
  }

  protected readonly saveNewCenter: SaveNames = async (draft) => {
    const outcome = await this.store.createCenter(toCenterRequest(draft));
    if (outcome.kind !== 'saved') return outcome;
    this.notice.set({
      key: 'admin.centers.done.centerAdded',
      params: { name: outcome.value.nameJa },
    });
    return null;
  };

  protected readonly saveRenameCenter: SaveNames = async (draft) => {
    const editor = this.editor();
    if (editor?.purpose !== 'renameCenter') return null;
    return this.rename(editor.center, toRenameRequest(draft, editor.center), (change) => this.store.renameCenter(editor.center.id, change));
  };

  protected readonly saveNewArea: SaveNames = async (draft) => {
    const editor = this.editor();
    if (editor?.purpose !== 'newArea') return null;
    const outcome = await this.store.createArea(editor.center.id, toAreaRequest(draft));
    if (outcome.kind !== 'saved') return outcome;
    this.notice.set({
      key: 'admin.centers.done.areaAdded',
      params: { name: outcome.value.nameJa, center: editor.center.nameJa },
    });
    return null;
  };

  protected readonly saveRenameArea: SaveNames = async (draft) => {
    const editor = this.editor();
    if (editor?.purpose !== 'renameArea') return null;
    return this.rename(editor.area, toRenameRequest(draft, editor.area), (change) => this.store.renameArea(editor.area.id, change));
  };

  /**
   * Sends what changed, if anything. The notice names the item by its Japanese name as it is now
   * (the PATCH answer may leave out names it did not change).
   */
  private async rename(
    current: { nameJa: string },
    change: CenterUpdateRequest,
    send: (change: CenterUpdateRequest) => Promise<{ kind: 'saved' } | ApiProblem>,
  ): Promise<ApiProblem | null> {
    if (Object.keys(change).length === 0) {
      this.notice.set({ key: 'admin.centers.done.unchanged', params: {} });
      return null;
    }
    const outcome = await send(change);
    if (outcome.kind !== 'saved') return outcome;
    this.notice.set({
      key: 'admin.centers.done.renamed',
      params: { name: change.nameJa ?? current.nameJa },
    });
    return null;
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}

/** The id of the button that opens an editor, to give focus back to. */
function openerId(editor: Editor): string {
  switch (editor.purpose) {
    case 'renameCenter':
      return `rename-center-${editor.center.id}`;
    case 'newArea':
      return `add-area-${editor.center.id}`;
    case 'renameArea':
      return `rename-area-${editor.area.id}`;
  }
}
