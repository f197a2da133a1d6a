import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { BrokerCard, BrokerProfile } from '@market/contracts';
import { Auth, CurrentUser, OptionalAuth, type AuthUser } from '@market/server/identity';
import { Brokers } from '../application/brokers.service';
import { BrokerProfileDto } from './dto/deal.dto';

@ApiTags('brokers')
@Controller('brokers')
export class BrokersController {
  constructor(private readonly brokers: Brokers) {}

  @Put('me/profile')
  @Auth('broker')
  updateMine(@CurrentUser() user: AuthUser, @Body() dto: BrokerProfileDto): Promise<BrokerProfile> {
    return this.brokers.updateMine(user.id, dto);
  }

  /** The brokers staff may hand a deal to (PUT /api/deals/:id/broker), by name. */
  @Get()
  @Auth('staff')
  list(): Promise<{ items: BrokerCard[] }> {
    return this.brokers.list();
  }

  /** A broker's card: certification, organization, deals handled and volume of registered contracts. */
  @Get(':id')
  @OptionalAuth()
  @ApiNotFoundResponse({ description: 'no broker with this id' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<BrokerProfile> {
    return this.brokers.profile(id);
  }
}
