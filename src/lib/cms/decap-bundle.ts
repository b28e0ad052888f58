// Which Decap CMS build /admin/ loads. The bundle is one self-contained file; its npm package
// also pulls ~700 packages meant for rebuilding it, so the project does not install it: the
// admin page (built, and in `npm run cms`) loads this exact file from the npm CDN, pinned and
// checked by the browser with Subresource Integrity; the tests fetch the same release with
// `npm pack` (tests/support/decap-bundle.ts) and serve it in the CDN's place.

/** The Decap CMS release, also the one `npm pack` fetches. */
export const DECAP_VERSION = '3.16.3';

/** Where the built admin page loads the bundle from. */
export const DECAP_BUNDLE_URL = `https://unpkg.com/decap-cms@${DECAP_VERSION}/dist/decap-cms.js`;

/** sha384 of `dist/decap-cms.js` in that release (a test recomputes it from the tarball). */
export const DECAP_BUNDLE_INTEGRITY = 'sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p';
