import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

/** Flips readiness to false as soon as shutdown begins, so the load balancer stops sending traffic. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  shuttingDown = false;

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }
}
