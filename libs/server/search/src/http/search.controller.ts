import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { AchievementSearchAnswer, NeedSearchAnswer } from '@market/contracts';
import { CatalogSearch } from '../application/catalog-search';
import { AchievementSearchDto, NeedSearchDto } from './search.dto';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(private readonly catalog: CatalogSearch) {}

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
}
