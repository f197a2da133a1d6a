import { Body, Controller, Get, Header, Param, ParseIntPipe, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { STATS_ERRORS, type TransactionStats } from '@market/contracts';
import { Auth, CurrentUser, OptionalAuth, type AuthUser } from '@market/server/identity';
import { fail } from '@market/server/platform';
import { Statistics } from '../application/statistics.service';
import { marketYear } from '../domain/year-stats';
import { TargetDto, YearQueryDto } from './dto/deal.dto';

@ApiTags('statistics')
@Controller('stats')
export class StatsController {
  constructor(private readonly statistics: Statistics) {}

  /** Registered contracts of a calendar year (the market's time zone) against its target; public. */
  @Get('transactions')
  @OptionalAuth()
  @ApiOkResponse({ description: '{year, target, total, completionRate, contracts, byField, byRegion, byContractType, byMonth}' })
  transactions(@Query() q: YearQueryDto): Promise<TransactionStats> {
    return this.statistics.transactions(q.year ?? marketYear(new Date()));
  }

  @Get('transactions.csv')
  @Auth('staff')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@Query() q: YearQueryDto): Promise<StreamableFile> {
    const year = q.year ?? marketYear(new Date());
    return new StreamableFile(Buffer.from(await this.statistics.csv(year), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="technology-contracts-${year}.csv"`,
    });
  }

  @Put('targets/:year')
  @Auth('staff')
  @ApiOkResponse({ description: '{year, target}' })
  setTarget(@CurrentUser() user: AuthUser, @Param('year', ParseIntPipe) year: number, @Body() dto: TargetDto): Promise<{ year: number; target: number }> {
    if (year < 2000 || year > 2100) throw fail(STATS_ERRORS.BAD_YEAR);
    return this.statistics.setTarget(user, year, dto.target);
  }
}
