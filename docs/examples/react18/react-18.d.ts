// The side-by-side React 18 of this example is typed with the repository's React types (the
// APIs it uses are the same in 18 and 19); in your app, `react` brings its own types.
declare module 'react-18' {
  import React = require('react');
  export = React;
}
declare module 'react-18/jsx-runtime' {
  export * from 'react/jsx-runtime';
}
declare module 'react-dom-18/client' {
  export * from 'react-dom/client';
}
