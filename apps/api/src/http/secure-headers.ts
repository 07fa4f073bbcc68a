import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response. The CSP fits the built Vite app: its own scripts, styles
 * and module workers only (the live preview's parser runs in one), inline style attributes (React
 * sets some), images from itself or data: URLs, no frames around it (clickjacking), no plugins.
 */
export function appSecureHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'same-origin',
    // The app is served over plain HTTP on loopback by default; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
