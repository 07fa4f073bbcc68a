import { describe, expect, it } from 'vitest';
import { captionReason } from './caption';

describe('captionReason', () => {
  it('should find a caption ending with a photo credit', () => {
    expect(captionReason('Putin at a meeting with Lukashenko in Minsk on May 23, 2024. Kremlin photo')).toBe('caption');
  });

  it('should find a caption ending with a parenthesised credit', () => {
    expect(captionReason('Lonechild, left, is from White Bear First Nation. (Instagram/Darian Lonechild)')).toBe('caption');
    expect(captionReason('Protesters gather outside. (AP Photo/Evan Vucci)')).toBe('caption');
  });

  it('should find a lone credit line', () => {
    expect(captionReason('Photo: Reuters')).toBe('credit');
    // NPR's page furniture before a credit (recovery-2020): "ITEM Kasia Strek" had become a speaker.
    expect(captionReason('Enlarge this image Kasia Strek/ITEM Kasia Strek/ITEM')).toBe('credit');
    expect(captionReason('Enlarge this image toggle caption Elias Williams for NPR Elias Williams for NPR')).toBe('credit');
  });

  it('should leave body text alone', () => {
    expect(captionReason('"We will not give up," she said.')).toBeNull();
    expect(captionReason('The agency said the photo was taken in May.')).toBeNull();
  });

  it('should not take a sentence that ends with "pictures" or "photo" for a caption: a credit names its source', () => {
    expect(captionReason('Nicklaus said it is one of his favorite pictures.')).toBeNull();
    expect(captionReason('The governor posted an old photo.')).toBeNull();
    expect(captionReason('Supporters wait for the rally in Ohio. Reuters pictures')).toBe('caption');
    expect(captionReason('Protesters march in Paris. Getty Images')).toBe('caption');
  });

  it('should find a caption closed by "Courtesy of" a giver, but not a courtesy call', () => {
    // recovery-2020 (recovery-0774): the caption's "Getrudes Navarro" had become the "he" of her son's next quote.
    expect(captionReason('Getrudes Navarro finishing nursing school in 1968. Courtesy of Ron Navarro')).toBe('caption');
    expect(captionReason('Rita Koslow Nadler, 88, of Montclair, died April 8, 2020. Courtesy the Nadler family')).toBe('caption');
    expect(captionReason('Courtesy of Ron Navarro')).toBe('credit');
    expect(captionReason('Nakasone will pay a courtesy call on President Reagan.')).toBeNull();
    expect(captionReason('The food arrived courtesy of the Pentagon.')).toBeNull();
  });
});
