import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { isApiUrl } from '../http/api-url';
import { LanguageService } from './language.service';

/** Every API call says which language the visitor reads, so error messages come back in it. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) return next(request);
  const lang = inject(LanguageService).current();
  return next(request.clone({ setHeaders: { 'Accept-Language': lang } }));
};
