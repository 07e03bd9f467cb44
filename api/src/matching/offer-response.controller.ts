import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type OfferPreview } from '@tsunagu/contracts';
import { Public } from '../core/auth/access.decorator';
import { OfferResponseDto, OfferTokenQueryDto } from './dto/matching.dto';
import { OffersService } from './offers.service';

/**
 * The mailed offer link, without logging in: the token is the key. Reading the preview answers
 * nothing (mail programs open links to check them); the answer is a POST from our page, which
 * carries the CSRF header like every other unsafe request.
 */
@ApiTags('matching')
@Public()
@Controller(ApiRoutes.offerResponse)
export class OfferResponseController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  preview(@Query() query: OfferTokenQueryDto): Promise<OfferPreview> {
    return this.offers.preview(query.token);
  }

  @Post()
  @HttpCode(HttpStatus.OK)
  respond(@Body() dto: OfferResponseDto): Promise<OfferPreview> {
    return this.offers.respond(dto);
  }
}
