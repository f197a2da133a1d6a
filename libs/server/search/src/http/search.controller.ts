import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { AchievementSearchAnswer, ChallengeSearchAnswer, NeedSearchAnswer } from '@market/contracts';
import { CatalogSearch } from '../application/catalog-search';
import { ChallengeSearch } from '../application/challenge-search';
import { AchievementSearchDto, ChallengeSearchDto, NeedSearchDto } from './search.dto';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(
    private readonly catalog: CatalogSearch,
    private readonly challenges: ChallengeSearch,
  ) {}

  /** Search over published achievements, with facet counts and highlighted matches. */
  @Get('achievements')
  @ApiOkResponse({ description: '{items, total, page, pageSize, facets, processingTimeMs}' })
  @ApiServiceUnavailableResponse({ description: 'search is down' })
  achievements(@Query() q: AchievementSearchDto): Promise<AchievementSearchAnswer> {
    return this.catalog.achievements(q);
  }

  /** Search over published needs. */
  @Get('needs')
  @ApiOkResponse({ description: '{items, total, page, pageSize, facets, processingTimeMs}' })
  @ApiServiceUnavailableResponse({ description: 'search is down' })
  needs(@Query() q: NeedSearchDto): Promise<NeedSearchAnswer> {
    return this.catalog.needs(q);
  }

  /** The 揭榜挂帅 hall: public challenges with facets (field, region, status, bounty band). */
  @Get('challenges')
  @ApiOkResponse({ description: '{items, total, page, pageSize, facets: {field, region, status, bounty}, processingTimeMs}' })
  @ApiServiceUnavailableResponse({ description: 'search is down' })
  challengeHall(@Query() q: ChallengeSearchDto): Promise<ChallengeSearchAnswer> {
    return this.challenges.search(q);
  }
}
