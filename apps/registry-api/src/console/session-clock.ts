import { Injectable } from '@nestjs/common';

/**
 * The time sessions are judged by. A provider of its own so that a test can move it on by a quarter of an
 * hour instead of waiting one; the service itself only ever reads the system clock through it.
 */
@Injectable()
export class SessionClock {
  now(): Date {
    return new Date();
  }
}
