import { z } from 'zod';

/** An ISO 8601 timestamp with a time zone offset, as dates travel over the API ("2024-05-24T00:00:00.000Z"). */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date-time such as 2024-05-24T09:30:00Z',
});

// Inputs are stored and compared as PostgreSQL timestamps after a trip through Date#toISOString:
// year 0000 (which PostgreSQL refuses) or 10000 (which toISOString writes "+010000-") would come
// back from the database as a 500, so inputs keep to years a news article can have.
const EARLIEST = Date.UTC(1000, 0, 2);
const LATEST = Date.UTC(9999, 11, 30);

/** An ISO date or date-time accepted in filters and inputs ("2024-05-24" or "2024-05-24T09:30:00Z"), between the years 1000 and 9999. */
export const IsoDateInputSchema = z
  .union([z.iso.date(), IsoDateTimeSchema], {
    error: 'expected an ISO date such as 2024-05-24 or 2024-05-24T09:30:00Z',
  })
  .refine(
    (value) => {
      const at = Date.parse(value);
      return at >= EARLIEST && at <= LATEST;
    },
    { error: 'expected a date between the years 1000 and 9999, such as 2024-05-24' },
  );
