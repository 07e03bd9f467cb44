import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CentersModule } from '../centers/centers.module';
import { ConsentsModule } from '../consents/consents.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SkillsModule } from '../skills/skills.module';
import { MyDataController } from './my-data.controller';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({
  imports: [AccountsModule, AuditModule, CentersModule, ConsentsModule, OrganisationsModule, SkillsModule],
  controllers: [PeopleController, MyDataController],
  providers: [PeopleService],
})
export class PeopleModule {}
