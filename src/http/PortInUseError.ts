/** The API's port is taken (another `npm start`?), worded for the person at the terminal. */
export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(
      `Expected port ${port} on ${host} to be free for the diachi API, but something already listens there ` +
        '(another `npm start`?). Stop it, or choose another port with PORT (for example PORT=4001 npm start).',
    );
    this.name = 'PortInUseError';
  }
}
