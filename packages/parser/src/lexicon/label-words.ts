/**
 * Words that open a label before a colon but name no speaker ("Poll: ...", "Q: ...", "Update: ...",
 * "Editor's note: ...", "Watch: ..."), lowercase. General newsroom conventions, not drawn from an article set.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  ...['poll', 'polls', 'survey', 'q', 'a', 'update', 'updated', 'updates', 'watch', 'exclusive', 'breaking', 'video', 'videos'],
  ...['revealed', 'confirmed', 'explained', 'revealing', 'inside'],
  ...['photo', 'photos', 'live', 'analysis', 'opinion', 'editorial', 'guide', 'note', 'editor', "editor's", 'editors', 'source'],
  ...['sources', 'correction', 'corrections', 'related', 'read', 'more', 'see', 'also', 'listen', 'podcast', 'review', 'report'],
  ...['fact', 'check', 'explainer', 'timeline', 'recap', 'highlights', 'transcript', 'full', 'text', 'audio', 'interview'],
  ...['warning', 'alert', 'notice', 'disclosure', 'disclaimer', 'advertisement', 'sponsored', 'content', 'contact', 'email'],
  ...['the', 'this', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['wsj', 'news', 'daily', 'post', 'times', 'week', 'weekly', 'morning', 'evening', 'night', 'first', 'last', 'top', 'why'],
  ...['contributing', 'contributors', 'plus', 'remember', 'meanwhile', 'bonus', 'via', 'credit', 'credits', 'reporting'],
  ...['writing', 'editing', 'additional', 'big', 'win', 'key', 'takeaway', 'takeaways', 'tip', 'tips', 'quote', 'quotes'],
  ...['how', 'what', 'who', 'when', 'where', 'here', 'there', 'now', 'next', 'bottom', 'line', 'summary', 'background'],
  // A link to another piece ("COLUMN: Ben Crump: ...", "Commentary: ...").
  ...['column', 'columns', 'commentary', 'perspective', 'letters'],
  // Fields of a profile card ("Name: Gabrielle Hatcher Age: 27 City: New York Job: Waitress").
  ...['name', 'age', 'city', 'job', 'pay', 'occupation', 'hometown', 'location', 'date', 'place', 'title', 'status'],
]);
