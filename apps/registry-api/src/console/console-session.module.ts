import { Module } from '@nestjs/common';
import { ConsoleSessionRepository } from './console-session.repository.js';
import { ConsoleSessions } from './console-sessions.service.js';
import { SessionClock } from './session-clock.js';
import { SessionCookies } from './session-cookies.js';

/** The console's server-side sessions, shared by the authentication guard (auth/) and the console's routes. */
@Module({
  providers: [ConsoleSessionRepository, ConsoleSessions, SessionClock, SessionCookies],
  exports: [ConsoleSessions, SessionClock, SessionCookies],
})
export class ConsoleSessionModule {}
