import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, TitleStrategy, withInMemoryScrolling } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@tsunagu/contracts';
import { appRoutes } from './app.routes';
import { acceptLanguageInterceptor } from './core/i18n/accept-language.interceptor';
import { provideI18n } from './core/i18n/provide-i18n';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { csrfReadyInterceptor } from './core/session/csrf-ready.interceptor';
import { provideSession } from './core/session/provide-session';

/** Zoneless change detection is Angular 22's default: nothing to provide for it. */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      // CSRF: unsafe same-origin requests echo the API's readable cookie in a header. Angular's
      // interceptor does this by default; the names are spelled out so they match the API's.
      withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
      withInterceptors([acceptLanguageInterceptor, csrfReadyInterceptor]),
    ),
    provideRouter(appRoutes, withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideI18n(),
    provideSession(),
  ],
};
