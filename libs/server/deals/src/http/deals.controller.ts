import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Deal, Paginated } from '@market/contracts';
import { Auth, CurrentUser, type AuthUser } from '@market/server/identity';
import { Deals } from '../application/deals.service';
import { AdvanceDealDto, AssignBrokerDto, ConfirmDealDto, DealListQueryDto, OpenDealDto, RevokeRegistrationDto } from './dto/deal.dto';

const Id = () => Param('id', new ParseUUIDPipe());

@ApiTags('deals')
@Controller('deals')
export class DealsController {
  constructor(private readonly deals: Deals) {}

  @Post()
  @Auth('broker', 'staff')
  @ApiCreatedResponse({ description: 'deal {id, stage: "intent", achievement, seller, buyer, broker, amount, contract, history[]}' })
  @ApiConflictResponse({ description: 'the achievement is not published' })
  open(@CurrentUser() user: AuthUser, @Body() dto: OpenDealDto): Promise<Deal> {
    return this.deals.open(user, dto);
  }

  /** The deals the caller may see: as their broker, as a member of either side, or as staff. */
  @Get()
  @Auth()
  list(@CurrentUser() user: AuthUser, @Query() q: DealListQueryDto): Promise<Paginated<Deal>> {
    return this.deals.list(user, { stage: q.stage, awaiting: q.awaiting, field: q.field, region: q.region, contractType: q.contractType, sort: q.sort }, q.page, q.pageSize);
  }

  @Get(':id')
  @Auth()
  @ApiNotFoundResponse({ description: 'missing or not visible to this caller' })
  get(@CurrentUser() user: AuthUser, @Id() id: string): Promise<Deal> {
    return this.deals.get(user, id);
  }

  @Post(':id/advance')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ description: 'the deal after the stage change; `signed` → `signed` amends the contract (a new amount or type clears the confirmations)' })
  @ApiForbiddenResponse({ description: 'not the deal’s broker or staff; `registered` by anyone but staff' })
  @ApiConflictResponse({ description: 'a stage change the stage machine does not allow; registering before both confirmations; a registration number in use' })
  advance(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: AdvanceDealDto): Promise<Deal> {
    return this.deals.advance(user, id, dto);
  }

  /** 三方确认: a member of the seller or buyer organization confirms the signed contract. */
  @Post(':id/confirm')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ description: 'the deal with `confirmations: {seller, buyer}`' })
  @ApiForbiddenResponse({ description: 'not a member of either party' })
  @ApiConflictResponse({ description: 'not at `signed`, or the contract changed from the `amount`/`type` sent' })
  confirm(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ConfirmDealDto): Promise<Deal> {
    return this.deals.confirm(user, id, dto);
  }

  @Post(':id/revoke-registration')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: 'the deal, back at `signed`; the board no longer counts it' })
  @ApiBadRequestResponse({ description: 'no reason' })
  @ApiConflictResponse({ description: 'the deal is not registered' })
  revokeRegistration(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: RevokeRegistrationDto): Promise<Deal> {
    return this.deals.revokeRegistration(user, id, dto.reason);
  }

  /** Staff hand a deal (for instance one opened by a sold lot) to a broker. */
  @Put(':id/broker')
  @Auth('staff')
  assign(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: AssignBrokerDto): Promise<Deal> {
    return this.deals.assign(user, id, dto.brokerId);
  }
}
