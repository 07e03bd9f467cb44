import { computed, DOCUMENT, inject, Injectable, type Signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';

const STORAGE_KEY = 'tsunagu.language';

/**
 * The UI language: Japanese unless the visitor chose English before (remembered in localStorage).
 * Switching loads the translation file first, then swaps the text, <html lang> and the page title
 * together, so the page never shows a mix of languages or bare translation keys.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  /** The language the UI shows now. */
  readonly current: Signal<Locale> = computed(() => {
    const lang = this.transloco.activeLang();
    return isLocale(lang) ? lang : DEFAULT_LOCALE;
  });

  /** Runs once before the first render (app initializer). */
  init(): Promise<void> {
    return this.apply(this.remembered() ?? DEFAULT_LOCALE);
  }

  /** The visitor picked a language: show it and remember the choice. */
  async use(lang: Locale): Promise<void> {
    await this.apply(lang);
    this.remember(lang);
  }

  private async apply(lang: Locale): Promise<void> {
    try {
      await firstValueFrom(this.transloco.load(lang));
    } catch {
      // Transloco falls back to Japanese for missing text; the page stays usable.
    }
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
  }

  private remembered(): Locale | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLocale(stored) ? stored : null;
    } catch {
      return null; // storage blocked (private mode, strict settings)
    }
  }

  private remember(lang: Locale): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered across visits, but the switch itself still works.
    }
  }
}
