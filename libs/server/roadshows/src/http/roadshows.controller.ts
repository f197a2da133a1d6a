import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CalendarLink, MyRoadshow, MyRoadshowRegistration, Paginated, Roadshow, RoadshowDetail, RoadshowRegistrant, RoadshowSlot } from '@market/contracts';
import { Auth, CurrentUser, OptionalAuth, type AuthUser } from '@market/server/identity';
import { PageQueryDto } from '@market/server/platform';
import { Calendars } from '../application/calendar.service';
import { Registrations } from '../application/registrations.service';
import { Roadshows } from '../application/roadshows.service';
import { Slots } from '../application/slots.service';
import { AttendanceDto, CreateRoadshowDto, ListRoadshowsQueryDto, ProposeSlotDto, UpdateRoadshowDto } from './dto/roadshow.dto';

const Id = () => Param('id', new ParseUUIDPipe());

function sendCalendar(res: Response, filename: string, body: string): string {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  return body;
}

@ApiTags('roadshows')
@Controller('roadshows')
export class RoadshowsController {
  constructor(
    private readonly roadshows: Roadshows,
    private readonly slots: Slots,
    private readonly registrations: Registrations,
    private readonly calendars: Calendars,
  ) {}

  @Post()
  @Auth('staff')
  @ApiCreatedResponse({ description: 'the event with slots [] and registeredCount 0' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRoadshowDto): Promise<RoadshowDetail> {
    return this.roadshows.create(user, dto);
  }

  /** Soonest first; from/to bound the start time. */
  @Get()
  list(@Query() q: ListRoadshowsQueryDto): Promise<Paginated<Roadshow>> {
    return this.roadshows.list(q);
  }

  /** The caller's registrations with their events (我的活动). */
  @Get('mine')
  @Auth()
  mine(@CurrentUser() user: AuthUser, @Query() q: PageQueryDto): Promise<Paginated<MyRoadshow>> {
    return this.registrations.mine(user, q.page, q.pageSize);
  }

  /** A personal calendar feed URL to subscribe to in any calendar app. */
  @Get('mine/calendar-link')
  @Auth()
  calendarLink(@CurrentUser() user: AuthUser): Promise<CalendarLink> {
    return this.calendars.link(user);
  }

  /** The feed behind a calendar link: every event the link's owner registered for. */
  @Get('calendar/:token.ics')
  @ApiProduces('text/calendar')
  @ApiNotFoundResponse({ description: 'unknown token' })
  async feed(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return sendCalendar(res, 'roadshows.ics', await this.calendars.feed(token));
  }

  @Get(':id/calendar.ics')
  @ApiProduces('text/calendar')
  async eventCalendar(@Id() id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return sendCalendar(res, `roadshow-${id}.ics`, await this.calendars.forEvent(id));
  }

  @Get(':id')
  @OptionalAuth()
  @ApiOkResponse({ description: 'the event with slots in order, registeredCount, attendedCount and the caller’s registration' })
  get(@CurrentUser() user: AuthUser | undefined, @Id() id: string): Promise<RoadshowDetail> {
    return this.roadshows.get(user, id);
  }

  @Patch(':id')
  @Auth('staff')
  @ApiConflictResponse({ description: 'cancelled, started, capacity below registrations, or slots outside the new time' })
  update(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: UpdateRoadshowDto): Promise<RoadshowDetail> {
    return this.roadshows.update(user, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Auth('staff')
  @ApiConflictResponse({ description: 'already cancelled or ended' })
  cancel(@CurrentUser() user: AuthUser, @Id() id: string): Promise<RoadshowDetail> {
    return this.roadshows.cancel(user, id);
  }

  @Post(':id/slots')
  @Auth()
  @ApiCreatedResponse({ description: 'approved when staff place it, pending when the achievement’s owner proposes it' })
  @ApiConflictResponse({ description: 'overlaps another slot, or the event is cancelled or over' })
  proposeSlot(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ProposeSlotDto): Promise<RoadshowSlot> {
    return this.slots.propose(user, id, dto);
  }

  @Post(':id/slots/:slotId/approve')
  @HttpCode(200)
  @Auth('staff')
  approveSlot(@Id() id: string, @Param('slotId', new ParseUUIDPipe()) slotId: string): Promise<RoadshowSlot> {
    return this.slots.decide(id, slotId, 'approved');
  }

  @Post(':id/slots/:slotId/reject')
  @HttpCode(200)
  @Auth('staff')
  rejectSlot(@Id() id: string, @Param('slotId', new ParseUUIDPipe()) slotId: string): Promise<RoadshowSlot> {
    return this.slots.decide(id, slotId, 'rejected');
  }

  @Post(':id/registrations')
  @Auth()
  @ApiCreatedResponse({ description: '{id, status: "registered", attended, createdAt}' })
  @ApiConflictResponse({ description: 'full, already registered, started or cancelled' })
  register(@CurrentUser() user: AuthUser, @Id() id: string): Promise<MyRoadshowRegistration> {
    return this.registrations.register(user, id);
  }

  @Delete(':id/registrations/mine')
  @HttpCode(204)
  @Auth()
  @ApiNoContentResponse({ description: 'registration cancelled, place freed, reminders dropped' })
  async unregister(@CurrentUser() user: AuthUser, @Id() id: string): Promise<void> {
    await this.registrations.cancelMine(user, id);
  }

  @Get(':id/registrations')
  @Auth('staff')
  registrants(@Id() id: string): Promise<{ items: RoadshowRegistrant[] }> {
    return this.registrations.registrants(id);
  }

  @Post(':id/attendance')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: '{updated, attendedCount}' })
  @ApiConflictResponse({ description: 'the event has not started' })
  attendance(@Id() id: string, @Body() dto: AttendanceDto): Promise<{ updated: number; attendedCount: number }> {
    return this.registrations.markAttendance(id, dto.userIds, dto.attended);
  }
}
