/** The API contract: inputs and outputs of every procedure, shared by the API, the client and the web app. */
export * from './filters';
export * from './page';
export * from './ingest';
export * from './ingest-url';
export * from './article-views';
export * from './quote-views';
export * from './claim-views';
export * from './review-views';
export * from './source-views';
export * from './identity-views';
export * from './stats-views';
export * from './feeds';
export * from './saved-searches';
