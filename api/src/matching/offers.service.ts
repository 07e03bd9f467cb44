import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  JobName,
  type Locale,
  MailTemplate,
  type MatchSummary,
  MatchStatus,
  OFFER_LINK_VALID_HOURS,
  type OfferPreview,
  OfferStatus,
  type OfferSummary,
  RequestStatus,
} from '@tsunagu/contracts';
import { skillCategory } from '@tsunagu/matching';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { newSecretToken, hashToken } from '../core/auth/secret-token';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../core/config/app-config';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../core/http/localized.exception';
import { OutboxService } from '../core/outbox/outbox.service';
import { Person } from '../people/person.entity';
import { RequestsService } from '../requests/requests.service';
import { VolunteerRequest } from '../requests/volunteer-request.entity';
import { centersAbove, centerTreeOf } from './center-tree';
import type { CreateOffersDto, OfferResponseDto, RecordPhoneAgreementDto } from './dto/matching.dto';
import { Match } from './match.entity';
import { MatchesService } from './matches.service';
import { effectiveOfferStatus, Offer, OfferChannel } from './offer.entity';
import { type VolunteerContact, volunteerContacts, volunteerOfAccount } from './volunteers';

/** Requests that take offers: open, or already being matched. */
const TAKES_OFFERS: readonly RequestStatus[] = [RequestStatus.Open, RequestStatus.Matching];
const LIVE_OFFER: readonly OfferStatus[] = [OfferStatus.Sent, OfferStatus.Accepted];

/**
 * 打診 (offers): a coordinator offers a request to volunteers by mail (a single-use link that
 * expires) or records an agreement made on the phone; a volunteer answers through the link
 * without logging in, or offers to help from 「あなたへのおすすめの依頼」. Every agreement becomes a
 * proposed match that a coordinator approves.
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly requests: RequestsService,
    private readonly outbox: OutboxService,
    private readonly matches: MatchesService,
  ) {}

  /** Mails each chosen volunteer; the request moves to 調整中 (matching) in the same transaction. */
  async create(viewer: AuthenticatedViewer, requestId: string, dto: CreateOffersDto): Promise<OfferSummary[]> {
    const offerIds = await this.dataSource.transaction(async (manager) => {
      const request = await this.openRequest(viewer, requestId, manager);
      const volunteers = await this.volunteersFor(request, dto.personIds, manager, 'personIds');
      const withoutEmail = volunteers.filter((volunteer) => !volunteer.email);
      if (withoutEmail.length > 0) {
        throw InvalidInputException.forField('personIds', 'offerNeedsEmail', {
          label: 'personIds',
          names: withoutEmail.map((volunteer) => volunteer.name).join('、'),
        });
      }
      await this.refuseIfAlreadyAsked(manager, request.id, volunteers, 'personIds');

      const now = Date.now();
      const expiresAt = new Date(now + OFFER_LINK_VALID_HOURS * 3600_000);
      const ids: string[] = [];
      for (const [index, volunteer] of volunteers.entries()) {
        const { token, hash } = newSecretToken();
        const offer = await manager.save(
          manager.create(Offer, {
            requestId: request.id,
            personId: volunteer.personId,
            status: OfferStatus.Sent,
            channel: OfferChannel.Mail,
            tokenHash: hash,
            expiresAt,
            // A millisecond apart, so the offers list in the order the coordinator chose.
            sentAt: new Date(now + index),
            message: dto.message ?? null,
            createdByAccountId: viewer.accountId,
          }),
        );
        ids.push(offer.id);
        await this.mailOffer(manager, request, volunteer, offer, token);
      }
      await this.startMatching(viewer, request, manager);
      return ids;
    });
    return this.matches.offerSummaries({ ids: offerIds });
  }

  /** 電話で了承: an accepted offer without a link, and a match for the coordinator to approve. */
  async recordPhoneAgreement(viewer: AuthenticatedViewer, requestId: string, dto: RecordPhoneAgreementDto): Promise<MatchSummary> {
    const matchId = await this.dataSource.transaction(async (manager) => {
      const request = await this.openRequest(viewer, requestId, manager);
      const [volunteer] = await this.volunteersFor(request, [dto.personId], manager, 'personId');
      await this.refuseIfMatched(manager, request.id, volunteer, 'personId');
      // A mailed offer still waiting is answered by the phone call.
      await manager.update(
        Offer,
        { requestId: request.id, personId: volunteer.personId, status: OfferStatus.Sent },
        { status: OfferStatus.Withdrawn },
      );
      const id = await this.agree(manager, request, volunteer.personId, OfferChannel.Phone, dto.note ?? null, viewer.accountId);
      await this.startMatching(viewer, request, manager);
      return id;
    });
    return this.matches.summaryOf(matchId);
  }

  /** 「手伝いを申し出る」: a registered volunteer offers to help; a coordinator approves. */
  async volunteer(viewer: AuthenticatedViewer, requestId: string): Promise<MatchSummary> {
    const matchId = await this.dataSource.transaction(async (manager) => {
      const volunteer = await volunteerOfAccount(manager, viewer.accountId);
      if (!volunteer?.activeCenterId) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'volunteerNotRegistered');
      const request = await manager.findOne(VolunteerRequest, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      // Requests of other centers, and requests not taking offers, are not the volunteer's to see.
      const visible = request && (await centersAbove(manager, volunteer.activeCenterId)).includes(request.centerId);
      if (!request || !visible) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
      if (!TAKES_OFFERS.includes(request.status)) throw new LocalizedHttpException(HttpStatus.GONE, 'requestNoLongerOpen');
      if (request.requesterPersonId === volunteer.personId) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'ownRequest');
      const live = await manager.exists(Match, {
        where: { requestId, personId: volunteer.personId, status: In([MatchStatus.Proposed, MatchStatus.Approved]) },
      });
      if (live) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'alreadyOfferedToHelp');
      await manager.update(Offer, { requestId, personId: volunteer.personId, status: OfferStatus.Sent }, { status: OfferStatus.Withdrawn });
      const id = await this.agree(manager, request, volunteer.personId, OfferChannel.Web, null, viewer.accountId);
      await this.startMatching(viewer, request, manager);
      return id;
    });
    return this.matches.summaryOf(matchId);
  }

  /** What the mailed link is about (no personal data of the person who asked; the area, not the address). */
  async preview(token: string): Promise<OfferPreview> {
    return this.previewOf(await this.offerOfLink(this.dataSource.manager, token));
  }

  /**
   * The volunteer's answer. The link works once: a second answer is refused (409), and so is an
   * answer after it expired or the center withdrew it (410). Accepting proposes a match.
   */
  async respond(dto: OfferResponseDto): Promise<OfferPreview> {
    const offerId = await this.dataSource.transaction(async (manager) => {
      const offer = await this.offerOfLink(manager, dto.token, { lock: true });
      const status = effectiveOfferStatus(offer);
      if (status === OfferStatus.Accepted || status === OfferStatus.Declined) {
        throw new LocalizedHttpException(HttpStatus.CONFLICT, 'offerAlreadyAnswered');
      }
      if (status === OfferStatus.Expired) throw new LocalizedHttpException(HttpStatus.GONE, 'offerExpired');
      if (status === OfferStatus.Withdrawn) throw new LocalizedHttpException(HttpStatus.GONE, 'offerWithdrawn');
      const request = await manager.findOne(VolunteerRequest, { where: { id: offer.requestId }, lock: { mode: 'pessimistic_write' } });
      if (!request || (dto.answer === 'accept' && !TAKES_OFFERS.includes(request.status))) {
        throw new LocalizedHttpException(HttpStatus.GONE, 'requestNoLongerOpen');
      }
      const accepted = dto.answer === 'accept';
      await manager.update(
        Offer,
        { id: offer.id },
        { status: accepted ? OfferStatus.Accepted : OfferStatus.Declined, answeredAt: () => 'now()' },
      );
      if (accepted) {
        const live = await manager.exists(Match, {
          where: { requestId: request.id, personId: offer.personId, status: In([MatchStatus.Proposed, MatchStatus.Approved]) },
        });
        if (!live) await manager.insert(Match, { requestId: request.id, personId: offer.personId, offerId: offer.id });
      }
      await this.mailAnswerToCoordinator(manager, request, offer, dto.answer);
      return offer.id;
    });
    return this.previewOf(await this.dataSource.getRepository(Offer).findOneByOrFail({ id: offerId }));
  }

  // ------------------------------------------------------------------------------------------

  /** The offer of a mailed link: 404 for an unknown token; 410 once the person's data was erased (the offer was withdrawn then). */
  private async offerOfLink(manager: EntityManager, token: string, { lock = false } = {}): Promise<Offer> {
    const offer = await manager.findOne(Offer, {
      where: { tokenHash: hashToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!offer) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'offerLinkUnknown');
    if (await manager.existsBy(Person, { id: offer.personId, anonymisedAt: Not(IsNull()) })) {
      throw new LocalizedHttpException(HttpStatus.GONE, 'offerPersonErased');
    }
    return offer;
  }

  private async openRequest(viewer: AuthenticatedViewer, requestId: string, manager: EntityManager): Promise<VolunteerRequest> {
    const request = await this.requests.findInScope(viewer, requestId, manager);
    // Locked, so two coordinators offering at once move the request once; the status read under the lock.
    const locked = await manager.findOneOrFail(VolunteerRequest, { where: { id: request.id }, lock: { mode: 'pessimistic_write' } });
    request.status = locked.status;
    if (!TAKES_OFFERS.includes(request.status)) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'requestNotOpenForOffers');
    return request;
  }

  /** Registered (active) volunteers of the request's center tree, in the order asked. */
  private async volunteersFor(
    request: VolunteerRequest,
    personIds: readonly string[],
    manager: EntityManager,
    field: string,
  ): Promise<VolunteerContact[]> {
    const tree = await centerTreeOf(manager, request.centerId);
    const found = await volunteerContacts(manager, personIds);
    const volunteers = personIds.map((id) => found.get(id));
    const missing = volunteers.some((volunteer) => !volunteer?.activeCenterId || !tree.includes(volunteer.activeCenterId));
    if (missing) throw InvalidInputException.forField(field, 'notAVolunteerHere', { label: field });
    return volunteers as VolunteerContact[];
  }

  private async refuseIfAlreadyAsked(manager: EntityManager, requestId: string, volunteers: VolunteerContact[], field: string) {
    // Offers whose link ran out make way for a new one.
    await manager.query(`UPDATE offer SET status = 'expired' WHERE request_id = $1 AND status = 'sent' AND expires_at <= now()`, [
      requestId,
    ]);
    const asked = await manager.find(Offer, {
      where: { requestId, personId: In(volunteers.map((volunteer) => volunteer.personId)), status: In([...LIVE_OFFER]) },
    });
    if (asked.length > 0) {
      const names = volunteers.filter((volunteer) => asked.some((offer) => offer.personId === volunteer.personId)).map((v) => v.name);
      throw InvalidInputException.forField(field, 'alreadyOffered', { label: field, names: names.join('、') });
    }
    for (const volunteer of volunteers) await this.refuseIfMatched(manager, requestId, volunteer, field);
  }

  private async refuseIfMatched(manager: EntityManager, requestId: string, volunteer: VolunteerContact, field: string) {
    const matched = await manager.exists(Match, {
      where: { requestId, personId: volunteer.personId, status: In([MatchStatus.Proposed, MatchStatus.Approved]) },
    });
    if (matched) throw InvalidInputException.forField(field, 'alreadyMatched', { label: field, names: volunteer.name });
  }

  /** An agreement without a link (phone, or the volunteer's own offer): an accepted offer and a proposed match. */
  private async agree(
    manager: EntityManager,
    request: VolunteerRequest,
    personId: string,
    channel: OfferChannel,
    message: string | null,
    byAccountId: string,
  ): Promise<string> {
    const now = new Date();
    const offer = await manager.save(
      manager.create(Offer, {
        requestId: request.id,
        personId,
        status: OfferStatus.Accepted,
        channel,
        tokenHash: null,
        expiresAt: now,
        message,
        sentAt: now,
        answeredAt: now,
        createdByAccountId: byAccountId,
      }),
    );
    const match = await manager.save(manager.create(Match, { requestId: request.id, personId, offerId: offer.id }));
    return match.id;
  }

  /** The first offer or agreement moves an open request to 調整中 (matching). */
  private async startMatching(viewer: AuthenticatedViewer, request: VolunteerRequest, manager: EntityManager): Promise<void> {
    if (request.status === RequestStatus.Open) await this.requests.moveStatus(viewer, request.id, RequestStatus.Matching, null, manager);
  }

  private async mailOffer(manager: EntityManager, request: VolunteerRequest, volunteer: VolunteerContact, offer: Offer, token: string) {
    const locale: Locale = volunteer.locale;
    const link = (answer: 'accept' | 'decline') =>
      `${this.config.PUBLIC_URL}/offers/respond?token=${encodeURIComponent(token)}&answer=${answer}`;
    await this.outbox.add(
      manager,
      JobName.SendMail,
      {
        template: MailTemplate.Offer,
        to: volunteer.email as string,
        locale,
        params: {
          name: volunteer.name,
          requestTitle: request.title,
          description: request.description,
          categoryNames: request.categoryCodes.map((code) => {
            const category = skillCategory(code);
            return category ? category[locale] : code;
          }),
          schedule: request.schedule,
          areaName: request.area ? (locale === 'en' ? request.area.nameEn : request.area.nameJa) : null,
          online: request.online,
          centerName: locale === 'en' ? request.center.nameEn : request.center.nameJa,
          message: offer.message,
          acceptLink: link('accept'),
          declineLink: link('decline'),
          validHours: OFFER_LINK_VALID_HOURS,
          expiresAt: offer.expiresAt.toISOString(),
        },
      },
      `offer.${offer.id}`,
    );
  }

  /** The coordinator who sent the offer hears the answer (accepted: please approve). */
  private async mailAnswerToCoordinator(manager: EntityManager, request: VolunteerRequest, offer: Offer, answer: 'accept' | 'decline') {
    if (!offer.createdByAccountId) return;
    const rows: { email: string; locale: Locale; name: string | null }[] = await manager.query(
      `SELECT account.email::text AS email, account.locale, person.name
         FROM account LEFT JOIN person ON person.account_id = account.id WHERE account.id = $1`,
      [offer.createdByAccountId],
    );
    const volunteer = (await volunteerContacts(manager, [offer.personId])).get(offer.personId);
    if (rows.length === 0 || !volunteer) return;
    await this.outbox.add(
      manager,
      JobName.SendMail,
      {
        template: MailTemplate.OfferAnswered,
        to: rows[0].email,
        locale: rows[0].locale === 'en' ? 'en' : 'ja',
        params: {
          name: rows[0].name ?? '',
          volunteerName: volunteer.name,
          requestTitle: request.title,
          answer,
          link: `${this.config.PUBLIC_URL}/staff/requests/${request.id}/matching`,
        },
      },
      `offer-answered.${offer.id}`,
    );
  }

  private async previewOf(offer: Offer): Promise<OfferPreview> {
    const request = await this.dataSource
      .getRepository(VolunteerRequest)
      .findOneOrFail({ where: { id: offer.requestId }, relations: { center: true, area: true } });
    return {
      status: effectiveOfferStatus(offer),
      requestTitle: request.title,
      description: request.description,
      categoryCodes: request.categoryCodes,
      schedule: request.schedule,
      areaNameJa: request.area?.nameJa ?? null,
      areaNameEn: request.area?.nameEn ?? null,
      centerNameJa: request.center.nameJa,
      centerNameEn: request.center.nameEn,
      message: offer.message,
      expiresAt: offer.expiresAt.toISOString(),
    };
  }
}
