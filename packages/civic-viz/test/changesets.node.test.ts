// The release-notes check (scripts/changeset-check.mjs, a step of `npm test`) on good and bad changesets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changesetProblems } from '../../../scripts/changeset-check.mjs';

const PACKAGES = ['civic-viz', '@civic-viz/geo'];
const check = (text: string) => changesetProblems('x.md', text, PACKAGES);

test('a changeset naming packages with a bump and a text passes', () => {
  assert.deepEqual(check('---\n\'civic-viz\': minor\n"@civic-viz/geo": patch\n---\n\nMaps of every city.\n'), []);
});

test('a changeset that names no package fails', () => {
  assert.deepEqual(check('---\n---\n\nSomething changed.\n'), ['x.md: names no package']);
});

test('unknown packages, bad bumps, empty texts and outside references fail', () => {
  assert.match(check("---\n'civic': minor\n---\n\nText.\n").join(), /"civic" is not a package/);
  assert.match(check("---\n'civic-viz': feature\n---\n\nText.\n").join(), /not major, minor or patch/);
  assert.match(check("---\n'civic-viz': patch\n---\n\n").join(), /no text/);
  assert.match(check("---\n'civic-viz': patch\n---\n\nAs spec \u00a74 says.\n").join(), /outside the repository/);
  assert.match(check('No frontmatter.\n').join(), /no frontmatter/);
});
