import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CentersModule } from '../centers/centers.module';
import { OutboxModule } from '../core/outbox/outbox.module';
import { RequestsModule } from '../requests/requests.module';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';
import { OfferResponseController } from './offer-response.controller';
import { OffersService } from './offers.service';
import { RequestsForYouService } from './requests-for-you.service';

/** The match flow: candidates, 打診 (offers), マッチング (matches) and 「あなたへのおすすめの依頼」. */
@Module({
  imports: [AuditModule, CentersModule, OutboxModule, RequestsModule],
  controllers: [CandidatesController, OfferResponseController, MatchesController],
  providers: [CandidatesService, OffersService, MatchesService, RequestsForYouService],
  exports: [MatchesService],
})
export class MatchingModule {}
