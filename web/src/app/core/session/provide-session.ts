import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { SessionStore } from './session.store';

/**
 * Asks the API who is logged in as the app starts, without holding up the first render: the header
 * fills in when the answer comes, and the guards wait for it.
 */
export function provideSession(): EnvironmentProviders {
  return provideAppInitializer(() => {
    void inject(SessionStore).check();
  });
}
