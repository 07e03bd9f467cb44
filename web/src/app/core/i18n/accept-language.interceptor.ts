import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_PREFIX } from '@tsunagu/contracts';
import { LanguageService } from './language.service';

const API_URL = new RegExp(`^/${API_PREFIX}(/|$|\\?)`);

/** Every API call says which language the visitor reads, so error messages come back in it. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!API_URL.test(request.url)) return next(request);
  const lang = inject(LanguageService).current();
  return next(request.clone({ setHeaders: { 'Accept-Language': lang } }));
};
