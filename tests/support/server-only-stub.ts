// `server-only` throws when imported outside React's server environment. Tests run the data
// layer directly in Node, which is a server environment, so the marker resolves to this.
export {};
