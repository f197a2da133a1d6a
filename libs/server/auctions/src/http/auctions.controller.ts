import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AUCTION_ERRORS, type Auction, type AuctionRegistration, type BidLogEntry, type Lot, type LotConfirmation, type Paginated, type PlacedBid } from '@market/contracts';
import { Auth, CurrentUser, OptionalAuth, type AuthUser } from '@market/server/identity';
import { fail } from '@market/server/platform';
import { Auctions } from '../application/auctions.service';
import { Bidding } from '../application/bidding.service';
import { AuctionListQueryDto, BidDto, BidLogQueryDto, ConfirmDepositDto, CreateAuctionDto, RegisterDto } from './auction.dto';

const Id = (name = 'id') => Param(name, new ParseUUIDPipe());

@ApiTags('auctions')
@Controller('auctions')
export class AuctionsController {
  constructor(private readonly auctions: Auctions) {}

  @Post()
  @Auth('staff')
  @ApiCreatedResponse({ description: 'the auction with its lots; lots whose start has come are open at once' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAuctionDto): Promise<Auction> {
    return this.auctions.create(user, dto);
  }

  @Get()
  @OptionalAuth()
  list(@CurrentUser() user: AuthUser | undefined, @Query() q: AuctionListQueryDto): Promise<Paginated<Auction>> {
    return this.auctions.list(user, q.status, q.page, q.pageSize);
  }

  @Get(':id')
  @OptionalAuth()
  get(@CurrentUser() user: AuthUser | undefined, @Id() id: string): Promise<Auction> {
    return this.auctions.get(user, id);
  }

  @Post(':id/registrations')
  @Auth('enterprise')
  @ApiCreatedResponse({ description: '{id, status: "pending_deposit", paddleNumber, termsAcceptedAt}' })
  @ApiBadRequestResponse({ description: 'without `acceptTerms: true`' })
  @ApiForbiddenResponse({ description: 'an unverified organization, or the organization that owns one of its lots' })
  @ApiConflictResponse({ description: 'already registered, or the auction is finished' })
  register(@CurrentUser() user: AuthUser, @Id() id: string, @Body() _dto: RegisterDto): Promise<AuctionRegistration> {
    return this.auctions.register(user, id);
  }

  @Get(':id/registrations')
  @Auth('staff')
  registrations(@Id() id: string): Promise<AuctionRegistration[]> {
    return this.auctions.registrations(id);
  }

  @Get(':id/registrations/mine')
  @Auth('enterprise')
  mine(@CurrentUser() user: AuthUser, @Id() id: string): Promise<AuctionRegistration> {
    return this.auctions.myRegistration(user, id);
  }

  @Post(':id/registrations/:regId/confirm-deposit')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: '{status: "approved", deposit: {amount, reference, confirmedAt}}; confirming again answers the first confirmation' })
  @ApiBadRequestResponse({ description: 'an amount below the required deposit, or no reference' })
  confirmDeposit(@CurrentUser() user: AuthUser, @Id() id: string, @Id('regId') regId: string, @Body() dto: ConfirmDepositDto): Promise<AuctionRegistration> {
    return this.auctions.confirmDeposit(id, regId, user, dto);
  }
}

@ApiTags('auctions')
@Controller('lots')
export class LotsController {
  constructor(
    private readonly auctions: Auctions,
    private readonly bidding: Bidding,
  ) {}

  @Get(':id')
  @OptionalAuth()
  get(@CurrentUser() user: AuthUser | undefined, @Id() id: string): Promise<Lot> {
    return this.auctions.lot(user, id);
  }

  @Post(':id/bids')
  @Auth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key returns the first answer again and places nothing' })
  @ApiCreatedResponse({ description: '{id, amount, seq, placedAt, endsAt}' })
  @ApiForbiddenResponse({ description: 'not an enterprise with a confirmed deposit' })
  @ApiConflictResponse({ description: 'lot not open, or amount too low (the message names the lowest acceptable amount)' })
  bid(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: BidDto, @Headers('idempotency-key') key?: string): Promise<PlacedBid> {
    if (key !== undefined && (key.length > 200 || key.trim() === '')) throw fail(AUCTION_ERRORS.BAD_IDEMPOTENCY_KEY);
    return this.bidding.place(user, id, dto.amount, key);
  }

  @Get(':id/bids')
  @OptionalAuth()
  @ApiOkResponse({ description: 'the bid log, highest first, with paddle numbers and the hash chain' })
  bids(@Id() id: string, @Query() q: BidLogQueryDto): Promise<{ items: BidLogEntry[] }> {
    return this.bidding.log(id, q.limit);
  }

  @Get(':id/confirmation')
  @Auth()
  @ApiOkResponse({ description: 'the 成交确认书 of a sold lot, for the winner, the seller and staff' })
  @ApiForbiddenResponse({ description: 'AUCTION.NOT_A_PARTY' })
  confirmation(@CurrentUser() user: AuthUser, @Id() id: string): Promise<LotConfirmation> {
    return this.auctions.confirmation(user, id);
  }

  @Get(':id/bids/verify')
  @OptionalAuth()
  @ApiOkResponse({ description: 'recomputes the hash chain of the whole log: {valid, count, headHash} or where it breaks' })
  verify(@Id() id: string): ReturnType<Bidding['verify']> {
    return this.bidding.verify(id);
  }
}
