import { Injectable } from '@nestjs/common';
import { type ConsentGrant, CURRENT_CONSENT_VERSION, REQUIRED_AT_REGISTRATION } from '@tsunagu/contracts';
import type { EntityManager } from 'typeorm';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { Consent } from './consent.entity';

@Injectable()
export class ConsentsService {
  /** Only grants of the wording shown now count; registration needs its required purposes. */
  assertRegistrationConsents(grants: ConsentGrant[]): ConsentGrant[] {
    const current = grants.filter((grant) => CURRENT_CONSENT_VERSION[grant.purpose] === grant.version);
    const missing = REQUIRED_AT_REGISTRATION.some((purpose) => !current.some((grant) => grant.purpose === purpose));
    if (missing) throw InvalidInputException.forField('consents', 'requiredConsent');
    return current;
  }

  async record(manager: EntityManager, personId: string, grants: ConsentGrant[]): Promise<void> {
    if (grants.length === 0) return;
    await manager.insert(
      Consent,
      grants.map(({ purpose, version }) => ({ personId, purpose, version })),
    );
  }
}
