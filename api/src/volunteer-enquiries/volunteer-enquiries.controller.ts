import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../core/auth/access.decorator';
import { ApiRoutes, type VolunteerEnquiryReceipt } from '@tsunagu/contracts';
import { CreateVolunteerEnquiryDto } from './dto/create-volunteer-enquiry.dto';
import { VolunteerEnquiriesService } from './volunteer-enquiries.service';

@ApiTags('volunteer-enquiries')
@Controller(ApiRoutes.volunteerEnquiries)
@Public()
export class VolunteerEnquiriesController {
  constructor(private readonly enquiries: VolunteerEnquiriesService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'Saved; a thank-you mail is on its way.' })
  @ApiBadRequestResponse({ description: "Field errors in the caller's language (Accept-Language)." })
  create(@Body() dto: CreateVolunteerEnquiryDto): Promise<VolunteerEnquiryReceipt> {
    return this.enquiries.create(dto);
  }
}
