import { describe, expect, it } from 'vitest';
import { linkProblem } from './add-by-link';

describe('linkProblem', () => {
  it('should let an http or https link through', () => {
    expect(linkProblem(' https://news.example.org/world/2024/05/24/story ')).toBeNull();
    expect(linkProblem('http://127.0.0.1:8080/story')).toBeNull();
  });

  it('should say what to give for a link that is not http(s) or not a link', () => {
    const message = 'url must be an http:// or https:// link to one article, such as https://example.com/story';
    expect(linkProblem('file:///etc/passwd')).toBe(message);
    expect(linkProblem('example.com/story')).toBe(message);
    expect(linkProblem('')).toBe(message);
  });
});
