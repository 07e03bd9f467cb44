import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Area } from './area.entity';
import { AreasController } from './areas.controller';
import { CentersController } from './centers.controller';
import { CentersService } from './centers.service';
import { VolunteerCenter } from './volunteer-center.entity';

@Module({
  imports: [TypeOrmModule.forFeature([VolunteerCenter, Area])],
  controllers: [AreasController, CentersController],
  providers: [CentersService],
  exports: [CentersService],
})
export class CentersModule {}
