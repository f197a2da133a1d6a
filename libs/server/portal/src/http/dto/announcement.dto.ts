import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ANNOUNCEMENT_KINDS, ANNOUNCEMENT_LIMITS, type AnnouncementKind } from '@market/contracts';
import { PageQueryDto } from '@market/server/platform';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateAnnouncementDto {
  @ApiProperty({ example: '关于组织申报2027年度发明专利产业化项目的通知' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(ANNOUNCEMENT_LIMITS.title)
  title!: string;

  /** HTML from the editor; the server keeps only paragraphs, headings, lists, emphasis, tables and links. */
  @ApiProperty({ example: '<p>各有关单位：……</p>' })
  @IsString()
  @MaxLength(ANNOUNCEMENT_LIMITS.body)
  body!: string;

  /** notice: 通知公告; policy: 政策法规. */
  @ApiProperty({ enum: ANNOUNCEMENT_KINDS })
  @IsIn(ANNOUNCEMENT_KINDS)
  kind!: AnnouncementKind;

  /** 置顶 */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;
}

export class UpdateAnnouncementDto extends PartialType(CreateAnnouncementDto) {}

export class ListAnnouncementsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ANNOUNCEMENT_KINDS })
  @IsOptional()
  @IsIn(ANNOUNCEMENT_KINDS)
  kind?: AnnouncementKind;
}
