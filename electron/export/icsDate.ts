/**
 * The date values handed to ical-generator for DTSTART/DTEND. Given a plain Date and a TZID it
 * would print the *computer's* local time; given Temporal objects it is right but slow (the
 * polyfill costs ~2 ms an event, 10 s for 5,000). This is the TZDate shape it also accepts
 * (`internal`, `withTimeZone`, `tzComponents`): `withTimeZone(zone)` answers a Date whose local
 * getters read the wall clock in that zone, from a cached Intl formatter.
 */
import { wallClockOf } from '../../core/export/wallClock.js';

class WallClockFields extends Date {
  private readonly fields: number[];

  constructor(instant: number, zone: string) {
    super(instant);
    const wall = wallClockOf(instant, zone);
    const [year, month, day] = wall.date.split('-').map(Number);
    const [hour, minute] = wall.time.split(':').map(Number);
    this.fields = [year!, month! - 1, day!, hour!, minute!, Number(wall.seconds)];
  }
  override getFullYear(): number {
    return this.fields[0]!;
  }
  override getMonth(): number {
    return this.fields[1]!;
  }
  override getDate(): number {
    return this.fields[2]!;
  }
  override getHours(): number {
    return this.fields[3]!;
  }
  override getMinutes(): number {
    return this.fields[4]!;
  }
  override getSeconds(): number {
    return this.fields[5]!;
  }
}

export class ZonedDate extends Date {
  readonly internal: Date;

  constructor(instant: number) {
    super(instant);
    this.internal = new Date(instant);
  }

  withTimeZone(zone?: string | null): Date {
    return zone ? new WallClockFields(this.getTime(), zone) : new Date(this.getTime());
  }

  tzComponents(): Record<string, never> {
    return {};
  }
}
