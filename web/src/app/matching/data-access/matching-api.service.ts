import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type ActivityRecordSummary,
  apiPath,
  ApiRoutes,
  type CreateOffersRequest,
  type MatchCandidate,
  type MatchContacts,
  type MatchSummary,
  type MyMatch,
  type OfferPreview,
  type OfferResponseRequest,
  type OfferSummary,
  type RecordActivityRequest,
  type RecordPhoneAgreementRequest,
  type RequestDetail,
  type RequestForVolunteer,
} from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

const requestPath = (id: string) => `${apiPath(ApiRoutes.requests)}/${encodeURIComponent(id)}`;
const matchPath = (id: string) => `${apiPath(ApiRoutes.matches)}/${encodeURIComponent(id)}`;

/**
 * HTTP calls of the match flow: candidates and 打診 (coordinators of the request's center), the
 * mailed offer link (no login: the token is the key), 「あなたへのおすすめの依頼」 and a
 * volunteer's 「手伝いを申し出る」, マッチングの承認, 連絡先 (the API writes the look to the 監査ログ)
 * and 活動記録.
 */
@Injectable({ providedIn: 'root' })
export class MatchingApiService {
  private readonly http = inject(HttpClient);

  /** The request with its offers and matches (address and contacts only where allowed). */
  request(id: string): Observable<RequestDetail> {
    return this.http.get<RequestDetail>(requestPath(id));
  }

  /** The top candidates, best first, each with one reason per factor. */
  candidates(requestId: string): Observable<MatchCandidate[]> {
    return this.http.get<MatchCandidate[]>(`${requestPath(requestId)}/candidates`);
  }

  /** 打診: each chosen volunteer gets a mail with accept/decline links. */
  createOffers(requestId: string, body: CreateOffersRequest): Observable<OfferSummary[]> {
    return this.http.post<OfferSummary[]>(`${requestPath(requestId)}/offers`, body);
  }

  /** 電話で了承を得た: recorded as an accepted offer, a match waiting for approval. */
  recordPhoneAgreement(requestId: string, body: RecordPhoneAgreementRequest): Observable<MatchSummary> {
    return this.http.post<MatchSummary>(`${requestPath(requestId)}/phone-agreements`, body);
  }

  /** このマッチングを承認する: both sides get a confirmation mail with an .ics file. */
  approveMatch(matchId: string): Observable<MatchSummary> {
    return this.http.post<MatchSummary>(`${matchPath(matchId)}/approve`, {});
  }

  /** Both sides' contact details and the exact address; each look is in the 監査ログ. */
  contacts(matchId: string): Observable<MatchContacts> {
    return this.http.get<MatchContacts>(`${matchPath(matchId)}/contacts`);
  }

  /** 活動記録 (or 来られなかった). */
  recordActivity(matchId: string, body: RecordActivityRequest): Observable<ActivityRecordSummary> {
    return this.http.post<ActivityRecordSummary>(`${matchPath(matchId)}/activity`, body);
  }

  /** What the mailed link is about, before answering (answers nothing by itself). */
  offerPreview(token: string): Observable<OfferPreview> {
    return this.http.get<OfferPreview>(apiPath(ApiRoutes.offerResponse), { params: { token } });
  }

  /** The volunteer's answer; the token works once. */
  respondToOffer(body: OfferResponseRequest): Observable<OfferPreview> {
    return this.http.post<OfferPreview>(apiPath(ApiRoutes.offerResponse), body);
  }

  /** 「あなたへのおすすめの依頼」, best first. */
  requestsForYou(): Observable<RequestForVolunteer[]> {
    return this.http.get<RequestForVolunteer[]>(apiPath(ApiRoutes.requestsForYou));
  }

  /** The signed-in person's own matches as a volunteer (proposed and approved), newest first. */
  myMatches(): Observable<MyMatch[]> {
    return this.http.get<MyMatch[]>(apiPath(ApiRoutes.myMatches));
  }

  /** 「手伝いを申し出る」: the coordinator sees it as an accepted offer to approve. */
  volunteerToHelp(requestId: string): Observable<MatchSummary> {
    return this.http.post<MatchSummary>(`${requestPath(requestId)}/offers/volunteer`, {});
  }
}
