import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Area } from './area.entity';
import { AreasController } from './areas.controller';
import { CentersService } from './centers.service';
import { VolunteerCenter } from './volunteer-center.entity';

@Module({
  imports: [TypeOrmModule.forFeature([VolunteerCenter, Area])],
  controllers: [AreasController],
  providers: [CentersService],
  exports: [CentersService],
})
export class CentersModule {}
