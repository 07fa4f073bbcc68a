import { configure } from '@testing-library/react';

// CI shares a 2-core machine with other work: a render that takes 1 s when the machine is idle can
// take several when it is not, and testing-library's findBy/waitFor give up after 1 s by default
// (article-page.test.tsx timed out that way on a fresh clone). Waits end as soon as the page is
// ready, so a long bound costs nothing when it passes.
configure({ asyncUtilTimeout: 10_000 });
