import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from './page-query.dto';

/** A page of a staff or owner list narrowed by a few words (`?q=`), as every such list takes them. */
export class WordsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'words the list is narrowed by' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}
