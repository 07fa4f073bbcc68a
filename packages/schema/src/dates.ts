import { z } from 'zod';

/** An ISO 8601 timestamp with a time zone offset, as dates travel over the API ("2024-05-24T00:00:00.000Z"). */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date-time such as 2024-05-24T09:30:00Z',
});

/** An ISO date or date-time accepted in filters and inputs ("2024-05-24" or "2024-05-24T09:30:00Z"). */
export const IsoDateInputSchema = z.union([z.iso.date(), IsoDateTimeSchema], {
  error: 'expected an ISO date such as 2024-05-24 or 2024-05-24T09:30:00Z',
});
