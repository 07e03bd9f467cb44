import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ConsentGrant,
  ConsentPurpose,
  type ConsentRecord,
  CURRENT_CONSENT_VERSION,
  REQUIRED_AT_REGISTRATION,
} from '@tsunagu/contracts';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { Person } from '../people/person.entity';
import { Consent } from './consent.entity';

@Injectable()
export class ConsentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The viewer's consents, newest first, withdrawn ones included. */
  async listOwn(viewer: AuthenticatedViewer): Promise<ConsentRecord[]> {
    const person = await this.ownPerson(viewer);
    const consents = await this.dataSource.getRepository(Consent).find({ where: { personId: person.id }, order: { givenAt: 'DESC' } });
    return consents.map((consent) => ({
      purpose: consent.purpose,
      version: consent.version,
      givenAt: consent.givenAt.toISOString(),
      withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
    }));
  }

  /** Gives an optional consent later (e.g. to share contact details on approved matches). */
  async giveOwn(viewer: AuthenticatedViewer, grant: ConsentGrant): Promise<ConsentRecord[]> {
    if (CURRENT_CONSENT_VERSION[grant.purpose] !== grant.version) throw InvalidInputException.forField('version', 'outdatedConsent');
    const person = await this.ownPerson(viewer);
    await this.dataSource.transaction(async (manager) => {
      await this.withdraw(manager, person.id, grant.purpose);
      await this.record(manager, person.id, [grant]);
    });
    return this.listOwn(viewer);
  }

  /** Withdraws a consent; the registration purpose can only end with the registration itself. */
  async withdrawOwn(viewer: AuthenticatedViewer, purpose: ConsentPurpose): Promise<ConsentRecord[]> {
    if (REQUIRED_AT_REGISTRATION.includes(purpose)) throw InvalidInputException.forField('purpose', 'registrationConsentNeedsDeletion');
    const person = await this.ownPerson(viewer);
    await this.withdraw(this.dataSource.manager, person.id, purpose);
    return this.listOwn(viewer);
  }

  private async withdraw(manager: EntityManager, personId: string, purpose: ConsentPurpose): Promise<void> {
    await manager.update(Consent, { personId, purpose, withdrawnAt: IsNull() }, { withdrawnAt: () => 'now()' });
  }

  private ownPerson(viewer: AuthenticatedViewer): Promise<Person> {
    return this.dataSource.getRepository(Person).findOneByOrFail({ accountId: viewer.accountId });
  }

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
