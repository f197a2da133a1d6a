import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthAnswer, User } from '@market/contracts';
import { LimitedAs } from '@market/server/platform';
import type { AuthUser } from '../domain/access';
import { AuthService } from '../application/auth.service';
import { Auth, CurrentUser } from './auth.decorators';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { AuthAnswerDto, UserDto } from './dto/user.dto';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @LimitedAs('register')
  @ApiCreatedResponse({ type: AuthAnswerDto })
  @ApiConflictResponse({ description: 'email already registered' })
  @ApiTooManyRequestsResponse({ description: 'too many registrations from this address' })
  register(@Body() dto: RegisterDto): Promise<AuthAnswer> {
    return this.auth.register(dto);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthAnswerDto })
  @ApiUnauthorizedResponse({ description: 'wrong email or password' })
  @ApiTooManyRequestsResponse({ description: 'too many failed sign-ins for this account or address' })
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<AuthAnswer> {
    return this.auth.login(dto.email, dto.password, ip);
  }

  @Get('me')
  @Auth()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() user: AuthUser): Promise<User> {
    return this.auth.me(user);
  }
}
